package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.WebSurvey;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * The anonymous web survey through its pages: a code in any case and grouping opens the
 * form, answers are saved and resumed in another session, a wrong answer comes back with
 * what was typed, submission stores one response per unit with no link to the code or the
 * business, a used code is refused exactly like an unknown one, two submissions at once
 * store one set of answers, and wrong codes are rate-limited per address.
 */
class WebSurveyTest extends IntegrationTest {

	@Autowired
	XlsForms xlsForms;

	@Autowired
	Samples samples;

	@Autowired
	WebSurvey survey;

	@Test
	void saveResumeSubmitOnceAndNothingLinksTheResponsesToTheCode() throws Exception {
		long id = withCodes(2078);
		// Công ty CP Đông Bắc dealt with two units: STNMT and SXD.
		String code = CodesFixtures.code(jdbc, id, "0109876543001");
		String typed = " " + code.substring(0, 4).toLowerCase() + " " + code.substring(4, 8) + "-" + code.substring(8);

		Cookie first = admitted(typed, "10.0.78.1");
		Document page1 = page(get("/cong-khai/khao-sat/phieu/1").cookie(first), 200);
		assertThat(page1.select("h1").text()).isEqualTo("Ý kiến về Sở Tài nguyên và Môi trường");
		assertThat(page1.select("#progress").text()).isEqualTo("Phần 1/2");
		assertThat(page1.select("fieldset.likert legend").first().text()).startsWith("Thông tin được công khai");
		assertThat(page1.select("input[name='q.q1'][type=radio]")).hasSize(5);
		assertThat(page1.select("input[name='q.q4'][type=checkbox]")).hasSize(2);
		assertThat(page1.select("label[for=q-q3]")).hasSize(1);
		page(answer(1, first, "save").param("q.q1", "4").param("q.q3", "mười"), 200);

		Cookie later = admitted(code, "10.0.78.1");
		Document resumed = page(get("/cong-khai/khao-sat/phieu/1").cookie(later), 200);
		assertThat(resumed.select("input[name='q.q1'][checked]").val()).isEqualTo("4");
		assertThat(resumed.select("#q-q3").val()).isEqualTo("mười");

		Document wrong = page(answer(1, later, "next").param("q.q1", "4").param("q.q2", "no").param("q.q3", "mười"),
				400);
		assertThat(wrong.select(".error-summary a").eachAttr("href")).containsExactly("#q-q3", "#q-q5");
		assertThat(wrong.select("#q-q3").val()).isEqualTo("mười");
		assertThat(wrong.select("#q-q3-error").text()).contains("số ngày");

		mockMvc
			.perform(answer(1, later, "next").param("q.q1", "5")
				.param("q.q2", "yes")
				.param("q.q4", "web", "phone")
				.param("q.q5", "4")
				.param("q.q6", "2.500.000")
				.param("q.q7", "Nhanh"))
			.andExpect(redirectedUrl("/cong-khai/khao-sat/phieu/2"));
		mockMvc.perform(answer(2, later, "submit").param("q.q1", "2").param("q.q2", "no").param("q.q5", "3"))
			.andExpect(redirectedUrl("/cong-khai/khao-sat/da-gui"));

		assertThat(jdbc.sql("""
				select unit_code || ' ' || answers::text from survey_response
				where questionnaire_id = ? and batch_id is null and respondent_ref is null order by unit_code""")
			.param(id)
			.query(String.class)
			.list()).containsExactly(
					"STNMT {\"q1\": \"5\", \"q2\": \"yes\", \"q4\": [\"web\", \"phone\"], \"q5\": \"4\", \"q6\": 2500000.0, \"q7\": \"Nhanh\"}",
					"SXD {\"q1\": \"2\", \"q2\": \"no\", \"q5\": \"3\"}");
		assertThat(jdbc
			.sql("select code_used, code_plain is null from survey_sample where questionnaire_id = ? "
					+ "and tax_code = '0109876543001'")
			.param(id)
			.query((rs, row) -> rs.getBoolean(1) && rs.getBoolean(2))
			.single()).isTrue();
		assertThat(jdbc
			.sql("select count(*) from survey_web_draft d join survey_sample s on s.id = d.sample_id "
					+ "where s.questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'survey_response'")
			.query(String.class)
			.list()).doesNotContain("sample_id", "code_hash", "tax_code");

		String used = page(post("/cong-khai/khao-sat").with(csrf()).with(from("10.0.78.2")).param("code", code), 400)
			.select(".error-summary li")
			.text();
		String unknown = page(
				post("/cong-khai/khao-sat").with(csrf()).with(from("10.0.78.2")).param("code", "ZZZZ-ZZZZ-ZZZZ"), 400)
			.select(".error-summary li")
			.text();
		assertThat(used).isEqualTo(unknown).isEqualTo("Mã khảo sát không đúng hoặc đã được sử dụng");
		mockMvc.perform(answer(2, later, "submit").param("q.q1", "2").param("q.q2", "no").param("q.q5", "3"))
			.andExpect(redirectedUrl("/cong-khai/khao-sat"));
		assertThat(jdbc.sql("select count(*) from survey_response where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * q3 ("days waited") is asked only when q2 is "no" (its XLSForm relevant): the page
	 * asks the server which questions to hide, and an answer typed for a question not
	 * asked is neither checked nor stored.
	 */
	@Test
	void aQuestionWhoseConditionFailsIsHiddenNeitherCheckedNorStored() throws Exception {
		long id = withCodes(2066);
		String code = CodesFixtures.code(jdbc, id, "0101234567");
		Cookie session = admitted(code, "10.0.77.1");
		Document first = page(get("/cong-khai/khao-sat/phieu/1").cookie(session), 200);
		assertThat(first.select("[data-question=q3]").attr("data-asked")).isEqualTo("false");
		assertThat(first.select("[data-question=q1]").attr("data-asked")).isEqualTo("true");
		assertThat(first.select("script[src='/js/web-survey.js']")).hasSize(1);

		String asked = "/cong-khai/khao-sat/phieu/1/dieu-kien";
		mockMvc.perform(post(asked).cookie(session).with(csrf()).param("q.q2", "no"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hidden").isEmpty());
		mockMvc.perform(post(asked).cookie(session).with(csrf()).param("q.q2", "yes"))
			.andExpect(jsonPath("$.hidden[0]").value("q3"));
		mockMvc.perform(post(asked).with(csrf()).param("q.q2", "no")).andExpect(status().isForbidden());

		mockMvc
			.perform(answer(1, session, "submit").param("q.q1", "4")
				.param("q.q2", "yes")
				.param("q.q3", "mười")
				.param("q.q5", "4"))
			.andExpect(redirectedUrl("/cong-khai/khao-sat/da-gui"));
		assertThat(jdbc.sql("select answers::text from survey_response where questionnaire_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("{\"q1\": \"4\", \"q2\": \"yes\", \"q5\": \"4\"}");
	}

	@Test
	void twoSubmissionsAtOnceStoreOneSetOfAnswers() throws Exception {
		long id = withCodes(2079);
		String code = CodesFixtures.code(jdbc, id, "0101234567");
		WebSurvey.Entry entry = ((WebSurvey.Admission.Admitted) survey.enter(code, "10.0.79.1")).entry();
		var form = survey.form(entry).orElseThrow();
		survey.save(entry, form, "STNMT", java.util.Map.of("q1", "4", "q2", "yes", "q5", "5"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<WebSurvey.Submission> submit = () -> survey.submit(entry);
			List<Future<WebSurvey.Submission>> both = pool.invokeAll(List.of(submit, submit));
			long stored = 0;
			for (Future<WebSurvey.Submission> one : both) {
				stored += one.get() instanceof WebSurvey.Submission.Stored ? 1 : 0;
			}
			assertThat(stored).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from survey_response where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void wrongCodesAreLimitedPerAddressAndAClosedSurveyRefusesItsCodes() throws Exception {
		long id = withCodes(2080);
		String code = CodesFixtures.code(jdbc, id, "4900123456");
		for (int i = 0; i < 10; i++) {
			page(post("/cong-khai/khao-sat").with(csrf()).with(from("10.0.80.1")).param("code", "ABCD-EFGH-JK0" + i),
					400);
		}
		var throttled = mockMvc
			.perform(post("/cong-khai/khao-sat").with(csrf()).with(from("10.0.80.1")).param("code", code))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse();
		assertThat(throttled.getHeader("Retry-After")).matches("\\d+");
		assertThat(Jsoup.parse(throttled.getContentAsString()).select(".error-summary li").text())
			.contains("quá nhiều lần");
		admitted(code, "10.0.80.2");

		jdbc.sql(
				"update survey_questionnaire set survey_opens_on = current_date - 30, survey_closes_on = current_date - 2 "
						+ "where id = ?")
			.param(id)
			.update();
		assertThat(page(post("/cong-khai/khao-sat").with(csrf()).with(from("10.0.80.3")).param("code", code), 400)
			.select(".error-summary li")
			.text()).isEqualTo("Mã khảo sát không đúng hoặc đã được sử dụng");
	}

	private long withCodes(int year) throws Exception {
		long id = CodesFixtures.questionnaire(xlsForms, year);
		byte[] csv = CodesFixtures.utf8(CodesFixtures.SAMPLE_CSV);
		samples.importFile(id, "mau.csv", csv.length, new ByteArrayResource(csv));
		CodesFixtures.open(jdbc, id);
		samples.issueCodes(id);
		return id;
	}

	private Cookie admitted(String code, String address) throws Exception {
		Cookie session = mockMvc
			.perform(post("/cong-khai/khao-sat").with(csrf()).with(from(address)).param("code", code))
			.andExpect(redirectedUrl("/cong-khai/khao-sat/phieu/1"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("the admitted code lives in the session").isNotNull();
		return session;
	}

	private static MockHttpServletRequestBuilder answer(int number, Cookie session, String action) {
		return post("/cong-khai/khao-sat/phieu/" + number).cookie(session).with(csrf()).param("action", action);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return Jsoup.parse(mockMvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
