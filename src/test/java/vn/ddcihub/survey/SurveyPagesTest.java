package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;

/**
 * The questionnaire pages: the list and one questionnaire grouped by component and
 * indicator for every reader, the change forms only for whoever runs the ranking, and the
 * GOV.UK error pattern on the question and indicator forms.
 */
class SurveyPagesTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	@Test
	void thePlanningDepartmentReadsTheQuestionnaireGroupedByComponentWithoutChangeForms() throws Exception {
		long demo = SurveyFixtures.demoQuestionnaire(jdbc);
		Document list = page(get("/survey").with(httpBasic("skhdt", DEMO_PASSWORD)));
		assertThat(list.select("#questionnaires a").eachText()).anyMatch(t -> t.contains("DDCI 2020"));
		assertThat(list.select("#create-questionnaire, #import-xlsform")).isEmpty();
		assertThat(list.select("#main-nav a, nav a").eachText()).contains("Bảng hỏi khảo sát");
		Document view = page(get("/survey/questionnaires/" + demo).with(httpBasic("skhdt", DEMO_PASSWORD)));
		assertThat(view.select("section.survey-component h2").eachText()).hasSize(8)
			.first()
			.asString()
			.startsWith("C1 — Tính minh bạch");
		assertThat(view.select("#component-C2 ~ h3").text()).contains("C2.1");
		assertThat(view.text()).contains("Số ngày thực tế để hoàn thành thủ tục gần nhất")
			.contains("Câu hỏi không chấm điểm");
		assertThat(view.select("a[href$=/questions/new], #copy-questionnaire")).isEmpty();
		mockMvc
			.perform(get("/survey/questionnaires/" + demo + "/questions/new").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongQuestionComesBackWithEveryProblemBesideItsFieldAndWhatWasTyped() throws Exception {
		long demo = SurveyFixtures.demoQuestionnaire(jdbc);
		Document form = page(post("/survey/questionnaires/" + demo + "/questions").with(ADMIN)
			.with(csrf())
			.param("name", "c 9")
			.param("label", "Câu hỏi thử nghiệm")
			.param("type", "LIKERT_5")
			.param("favourable", "7"));
		assertThat(form.select(".error-summary a").eachAttr("href")).contains("#name");
		assertThat(form.select("#name").val()).isEqualTo("c 9");
		assertThat(form.select("#label").text()).isEqualTo("Câu hỏi thử nghiệm");
		assertThat(form.select(".field-error").text()).contains("Tên câu hỏi (XLSForm)");
		Document rules = page(post("/survey/questionnaires/" + demo + "/questions").with(ADMIN)
			.with(csrf())
			.param("name", "c9_1")
			.param("label", "Câu hỏi thử nghiệm")
			.param("type", "LIKERT_5")
			.param("indicatorCode", "C1.1")
			.param("favourable", "7"));
		assertThat(rules.select(".error-summary a").eachAttr("href")).containsExactly("#favourable");
		assertThat(rules.select(".field-error").text()).contains("Đáp án thuận lợi “7”");
		assertThat(jdbc.sql("select count(*) from survey_question where name = 'c9_1'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anIndicatorIsAddedAndChangedFromItsPage() throws Exception {
		long id = jdbc
			.sql("""
					insert into survey_questionnaire (year, block, title, version) values (2040, 'DEPARTMENT', 'Trang thử', '1')
					returning id""")
			.query(Long.class)
			.single();
		Document blank = page(post("/survey/questionnaires/" + id + "/indicators").with(ADMIN)
			.with(csrf())
			.param("code", "")
			.param("name", "Chỉ tiêu trang")
			.param("componentCode", "C3")
			.param("polarity", "THUAN")
			.param("weight", "abc")
			.param("aggregation", "MEAN"));
		assertThat(blank.select(".error-summary a").eachAttr("href")).containsExactly("#code", "#weight");
		assertThat(blank.select("#weight").val()).isEqualTo("abc");
		mockMvc
			.perform(post("/survey/questionnaires/" + id + "/indicators").with(ADMIN)
				.with(csrf())
				.param("code", "P1")
				.param("name", "Chỉ tiêu trang")
				.param("componentCode", "C3")
				.param("polarity", "NGHICH")
				.param("weight", "0,5")
				.param("aggregation", "MEDIAN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/survey/questionnaires/" + id));
		long indicator = jdbc.sql("select id from survey_indicator where questionnaire_id = ? and code = 'P1'")
			.param(id)
			.query(Long.class)
			.single();
		Document edit = page(get("/survey/questionnaires/" + id + "/indicators/" + indicator).with(ADMIN));
		assertThat(edit.select("#weight").val()).isIn("0,5", "0,50");
		assertThat(jdbc.sql("select weight::text from survey_indicator where id = ?")
			.param(indicator)
			.query(String.class)
			.single()).isEqualTo("0.5000");
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return Jsoup
			.parse(mockMvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
