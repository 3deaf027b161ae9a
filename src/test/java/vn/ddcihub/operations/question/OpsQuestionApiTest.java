package vn.ddcihub.operations.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ddcihub.IntegrationTest;

/**
 * The questions API: a script sends a question without signing in (challenge first, the
 * same rules as the form), follows it by code, and the back office assigns, answers and
 * approves it through the API with the same rules as the pages.
 */
class OpsQuestionApiTest extends IntegrationTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aQuestionSentThroughTheApiIsAnsweredThroughTheApi() throws Exception {
		String title = "Câu hỏi qua API về khoáng sản " + UUID.randomUUID().toString().substring(0, 6);
		String body = question(title, challenge());
		JsonNode received = read(mockMvc
			.perform(post("/api/v1/public/questions").with(from("10.2.0.1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String code = received.get("trackingCode").asString();
		JsonNode status = read(mockMvc
			.perform(post("/api/v1/public/questions/status").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(status.get("status").asString()).isEqualTo("NEW");
		long id = jdbc.sql("select id from ops_question where title = ?").param(title).query(Long.class).single();
		long unit = jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = 'TNNKS'""").query(Long.class).single();
		mockMvc
			.perform(post("/api/v1/operations/questions/" + id + "/assign").with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + unit + "}"))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(post("/api/v1/operations/questions/" + id + "/assign").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + unit + "}"))
			.andExpect(status().isOk());
		mockMvc
			.perform(post("/api/v1/operations/questions/" + id + "/answer").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\": \"Khu vực này thuộc danh mục đấu giá.\", \"submit\": true}"))
			.andExpect(status().isOk());
		mockMvc
			.perform(post("/api/v1/operations/questions/" + id + "/approve").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk());
		JsonNode published = read(mockMvc
			.perform(get("/api/v1/public/questions/published").param("q",
					title.replace("Câu hỏi qua API về khoáng sản", "cau hoi qua api ve khoang san")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(published.get("total").asLong()).isEqualTo(1);
		assertThat(published.get("items").get(0).has("email")).isFalse();
		assertThat(published.get("items").get(0).get("answer").asString()).contains("đấu giá");
	}

	@Test
	void theApiAsksTheChallengeAndLimitsTheRateLikeTheForm() throws Exception {
		String wrong = question("Câu hỏi sai kiểm tra " + UUID.randomUUID(), challenge())
			.replace("\"challengeAnswer\": \"", "\"challengeAnswer\": \"9");
		mockMvc
			.perform(post("/api/v1/public/questions").with(from("10.2.0.2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(wrong))
			.andExpect(status().isBadRequest());
		for (int i = 0; i < 7; i++) {
			mockMvc.perform(post("/api/v1/public/questions").with(from("10.2.0.2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(question("Câu hỏi lặp " + UUID.randomUUID(), challenge())));
		}
		mockMvc
			.perform(post("/api/v1/public/questions").with(from("10.2.0.2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(question("Câu hỏi bị chặn " + UUID.randomUUID(), challenge())))
			.andExpect(status().isTooManyRequests());
	}

	/** A fresh challenge: its id and, read from the database, its answer. */
	private String[] challenge() throws Exception {
		JsonNode challenge = read(mockMvc.perform(post("/api/v1/public/questions/challenge"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = challenge.get("id").asString();
		assertThat(challenge.get("question").asString()).contains("cộng");
		int answer = jdbc.sql("select answer from ops_question_challenge where id = ?::uuid")
			.param(id)
			.query(Integer.class)
			.single();
		return new String[] { id, String.valueOf(answer) };
	}

	private String question(String title, String[] challenge) {
		long stnmt = jdbc.sql("select id from org_organisation where code = 'STNMT'").query(Long.class).single();
		return """
				{"kind": "QUESTION", "organisationId": %d, "field": "MINERALS", "contactName": "Người gửi API",
				 "email": "api@example.vn", "title": "%s", "content": "Nội dung", "challengeId": "%s",
				 "challengeAnswer": "%s"}""".formatted(stnmt, title, challenge[0], challenge[1]);
	}

	private JsonNode read(String body) {
		return json.readTree(body);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
