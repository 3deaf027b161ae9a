package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

/**
 * Dates in plan forms may be typed the Vietnamese way; an impossible date is a field
 * error, explained in Vietnamese.
 */
class PlanFormDatesTest extends IntegrationTest {

	@Test
	void vietnameseDateIsAcceptedAndAnImpossibleDateIsExplained() throws Exception {
		mockMvc
			.perform(post("/plans/new").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("numberSymbol", "7/KH-THU")
				.param("place", "Lạng Sơn")
				.param("issuedOn", "15/1/2026")
				.param("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
				.param("title", "Kế hoạch ngày kiểu Việt Nam")
				.param("year", "2026")
				.param("baselineYear", "2025")
				.param("targetYear", "2026")
				.param("signerTitle", "GIÁM ĐỐC")
				.param("signerName", "Nguyễn Văn A"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select issued_on::text from plan_plan where number_symbol = '7/KH-THU'")
			.query(String.class)
			.single()).isEqualTo("2026-01-15");

		String answer = mockMvc
			.perform(post("/plans/new").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("numberSymbol", "8/KH-THU")
				.param("issuedOn", "31/02/2026")
				.param("year", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).contains("Ngày ban hành phải là một ngày có thật")
			.contains("value=\"31/02/2026\"")
			.doesNotContain("Failed to convert");
	}

	@Test
	void impossibleDateInJsonNamesTheField() throws Exception {
		long planId = jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT' order by id limit 1")
			.query(Long.class)
			.single();
		mockMvc
			.perform(post("/api/v1/plans/" + planId + "/tasks").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Hạn sai\",\"kind\":\"ONE_OFF\",\"deadline\":\"2020-02-30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("deadline"))
			.andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("2020-02-30")));
	}

}
