package vn.ddcihub.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

class ApiTokenTest extends IntegrationTest {

	@Test
	void personalTokenAuthenticatesScriptsUntilRevoked() throws Exception {
		String body = mockMvc
			.perform(post("/api/v1/me/tokens").with(httpBasic("ttcntt", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Kịch bản đồng bộ\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll(".*\"token\":\"(ddci_[0-9a-f]+)\".*", "$1");
		assertThat(token).startsWith("ddci_").hasSize(5 + 64);
		assertThat(jdbc.sql("select count(*) from org_api_token where token_hash = ?")
			.param(token)
			.query(Integer.class)
			.single()).as("the token itself is never stored").isZero();

		mockMvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("ttcntt"));

		String id = jdbc.sql("select id from org_api_token where name = 'Kịch bản đồng bộ'")
			.query(String.class)
			.single();
		mockMvc.perform(delete("/api/v1/me/tokens/" + id).with(httpBasic("ttcntt", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		mockMvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Khóa API không hợp lệ hoặc đã bị thu hồi"));
	}

	@Test
	void tokensOfOthersCannotBeRevoked() throws Exception {
		mockMvc
			.perform(post("/api/v1/me/tokens").with(httpBasic("lanhdao", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Báo cáo\"}"))
			.andExpect(status().isCreated());
		String id = jdbc
			.sql("select t.id from org_api_token t join org_user u on u.id = t.user_id where u.username = 'lanhdao'")
			.query(String.class)
			.list()
			.get(0);
		mockMvc.perform(delete("/api/v1/me/tokens/" + id).with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
