package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ddcihub.IntegrationTest;

/**
 * Questionnaires through the API on the real database: the illustrative 2020 one, a new
 * one with its indicators and questions (each change audited), the rules a question must
 * meet, copying to another edition, and who may change them. Each test works on a year no
 * other test uses.
 */
class SurveyApiTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theIllustrativeQuestionnaireOf2020CoversTheEightComponentsWithFortyQuestions() throws Exception {
		JsonNode questionnaire = json(mockMvc
			.perform(get("/api/v1/questionnaires/by-edition").param("year", "2020")
				.with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(questionnaire.get("title").asText()).contains("minh họa");
		assertThat(questionnaire.get("questions")).hasSize(40);
		assertThat(questionnaire.get("indicators").valueStream().map(i -> i.get("componentCode").asText()).distinct())
			.containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
		assertThat(questionnaire.get("questions").valueStream().map(q -> q.get("type").asText()).distinct())
			.containsExactlyInAnyOrder("LIKERT_5", "YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "DAYS", "MONEY",
					"TEXT");
	}

	@Test
	void aQuestionnaireIsBuiltThroughTheApiAndEveryChangeIsAudited() throws Exception {
		long id = created(post("/api/v1/questionnaires"), """
				{"year": 2031, "block": "DEPARTMENT", "title": "Bảng hỏi thử 2031"}""");
		long indicator = created(post("/api/v1/questionnaires/" + id + "/indicators"), """
				{"code": "T1.1", "name": "Công khai thông tin", "componentCode": "C1", "polarity": "THUAN",
				 "weight": 1, "aggregation": "SHARE_FAVOURABLE"}""");
		long question = created(post("/api/v1/questionnaires/" + id + "/questions"), """
				{"name": "t1", "label": "Thông tin được công khai", "type": "LIKERT_5", "indicatorCode": "T1.1",
				 "favourable": "4, 5", "required": true}""");
		mockMvc
			.perform(put("/api/v1/questionnaires/" + id + "/questions/" + question).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "t1", "label": "Thông tin được công khai đầy đủ", "type": "LIKERT_5",
						 "indicatorCode": "T1.1", "favourable": "5"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.favourable[0]").value("5"));
		mockMvc.perform(get("/api/v1/questionnaires/" + id).with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions[0].label").value("Thông tin được công khai đầy đủ"))
			.andExpect(jsonPath("$.choices.length()").value(5))
			.andExpect(jsonPath("$.indicators[0].id").value(indicator));
		List<String> audited = jdbc.sql(
				"select entity_type || ':' || action from audit_event where entity_id in (?, ?, ?) and entity_type like 'Survey%' order by id")
			.params(String.valueOf(id), String.valueOf(indicator), String.valueOf(question))
			.query(String.class)
			.list();
		assertThat(audited).contains("SurveyQuestionnaire:CREATE", "SurveyIndicator:CREATE", "SurveyQuestion:CREATE",
				"SurveyQuestion:UPDATE");
	}

	@Test
	void aQuestionThatCannotBeScoredIsRefusedWithEveryProblemAndNothingSaved() throws Exception {
		long id = created(post("/api/v1/questionnaires"), """
				{"year": 2032, "block": "DEPARTMENT", "title": "Bảng hỏi thử 2032"}""");
		created(post("/api/v1/questionnaires/" + id + "/indicators"), """
				{"code": "D1", "name": "Số ngày chờ", "componentCode": "C2", "polarity": "NGHICH",
				 "weight": 1, "aggregation": "MEDIAN"}""");
		mockMvc.perform(post("/api/v1/questionnaires/" + id + "/questions").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "d1", "label": "Góp ý", "type": "TEXT", "indicatorCode": "D1", "favourable": "yes"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[*].field").value(hasItem("indicatorCode")))
			.andExpect(jsonPath("$.problems[*].field").value(hasItem("favourable")));
		mockMvc
			.perform(post("/api/v1/questionnaires/" + id + "/questions").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "1abc", "label": "", "type": "LIKERT_5", "favourable": "6"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.problems[*].field").value(hasItem("label")));
		mockMvc
			.perform(post("/api/v1/questionnaires/" + id + "/indicators").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "X1", "name": "Không có thành phần", "componentCode": "C99", "polarity": "THUAN",
						 "weight": 1, "aggregation": "MEAN"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("componentCode"))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("C99")));
		assertThat(jdbc.sql("select count(*) from survey_question where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void copyingToTheNextEditionTakesIndicatorsQuestionsAndChoicesOnce() throws Exception {
		long demo = SurveyFixtures.demoQuestionnaire(jdbc);
		JsonNode copy = json(
				mockMvc.perform(post("/api/v1/questionnaires/" + demo + "/copy").param("toYear", "2033").with(ADMIN))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString());
		JsonNode source = json(mockMvc.perform(get("/api/v1/questionnaires/" + demo).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(copy.get("year").asInt()).isEqualTo(2033);
		assertThat(copy.get("title").asText()).contains("2033").doesNotContain("2020");
		for (String part : List.of("indicators", "questions", "choices")) {
			assertThat(withoutIds(copy.get(part))).as(part).isEqualTo(withoutIds(source.get(part)));
		}
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'SurveyQuestionnaire' "
					+ "and entity_id = ? and action = 'CREATE' and before_state::jsonb ->> 'copiedFrom' = ?")
			.params(copy.get("id").asText(), String.valueOf(demo))
			.query(Long.class)
			.single()).isOne();
		mockMvc.perform(post("/api/v1/questionnaires/" + demo + "/copy").param("toYear", "2033").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].message").value(containsString("đã có bảng hỏi")));
	}

	@Test
	void onlyWhoeverRunsTheRankingChangesQuestionnaires() throws Exception {
		long demo = SurveyFixtures.demoQuestionnaire(jdbc);
		String body = """
				{"year": 2034, "block": "DEPARTMENT", "title": "Không được tạo"}""";
		// The planning department reads (VIEWER), a department's Office and staff do not
		// run the ranking.
		for (String user : List.of("skhdt", "vanphong", "qldd", "sct")) {
			mockMvc
				.perform(post("/api/v1/questionnaires").with(httpBasic(user, DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isForbidden());
			mockMvc
				.perform(post("/api/v1/questionnaires/" + demo + "/copy").param("toYear", "2034")
					.with(httpBasic(user, DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
			mockMvc.perform(get("/api/v1/questionnaires/" + demo).with(httpBasic(user, DEMO_PASSWORD)))
				.andExpect(status().isOk());
		}
		assertThat(jdbc.sql("select count(*) from survey_questionnaire where year = 2034").query(Long.class).single())
			.isZero();
	}

	@Test
	void anUnknownQuestionnaireIsNotFoundInTheLanguageOfTheRequest() throws Exception {
		mockMvc.perform(get("/api/v1/questionnaires/987654").with(ADMIN).header("Accept-Language", "vi"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy bảng hỏi")));
	}

	private long created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		String answer = mockMvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json(answer).get("id").asLong();
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	/** The items without their ids (indicator ids differ between copies). */
	static List<String> withoutIds(JsonNode items) {
		return items.valueStream().map(item -> {
			var copy = ((tools.jackson.databind.node.ObjectNode) item).deepCopy();
			copy.remove("id");
			return copy.toString();
		}).toList();
	}

}
