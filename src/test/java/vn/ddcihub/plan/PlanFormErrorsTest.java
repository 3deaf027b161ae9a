package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ddcihub.FormPage;
import vn.ddcihub.IntegrationTest;

/**
 * The plan, target, task and split forms refuse wrong values the GOV.UK way — summary
 * link, message beside the field naming it by its label, in Vietnamese and English, what
 * was typed kept — and save a decimal typed with a comma or a point as the same number.
 * Each test works on its own plan.
 */
class PlanFormErrorsTest extends IntegrationTest {

	@Autowired
	JsonMapper json;

	/**
	 * The plan form as a coordinator posts it: valid values, then {@code changes} (field,
	 * value, field, value…).
	 */
	private MockHttpServletRequestBuilder planForm(String number, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("numberSymbol", number, "place", "Lạng Sơn", "issuedOn",
				"15/01/2026", "issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "title", "Kế hoạch thử lỗi", "year", "2026",
				"baselineYear", "2025", "targetYear", "2026", "signerTitle", "GIÁM ĐỐC", "signerName", "Nguyễn Văn A"));
		fields.put("goalTotalScore", "70");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/plans/new").with(httpBasic("vanphong", DEMO_PASSWORD))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private FormPage refused(MockHttpServletRequestBuilder request) throws Exception {
		return FormPage.of(mockMvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long newPlan(String number) throws Exception {
		Map<String, Object> plan = Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
				Map.entry("issuedOn", "2026-01-15"), Map.entry("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
				Map.entry("title", "Kế hoạch thử lỗi"), Map.entry("year", 2026), Map.entry("baselineYear", 2025),
				Map.entry("targetYear", 2026), Map.entry("signerTitle", "GIÁM ĐỐC"),
				Map.entry("signerName", "Nguyễn Văn A"), Map.entry("goalTotalScore", 70.5));
		String body = mockMvc
			.perform(post("/api/v1/plans").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(plan)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	private long unitId(String code) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = :code""").param("code", code).query(Long.class).single();
	}

	private int plansNumbered(String number) {
		return jdbc.sql("select count(*) from plan_plan where number_symbol = :n")
			.param("n", number)
			.query(Integer.class)
			.single();
	}

	@Test
	void wrongPlanHeaderValuesAreExplainedBesideTheirFieldsAndKeptAsTyped() throws Exception {
		FormPage page = refused(
				planForm("11/KH-LOI", "goalTotalScore", "abc", "issuedOn", "31/02/2020", "title", "x".repeat(1001)));
		page.showsError("goalTotalScore", "Mục tiêu điểm tổng hợp phải là một số, ví dụ 7,5")
			.showsError("issuedOn", "Ngày ban hành phải là một ngày có thật, viết dd/mm/yyyy, ví dụ 15/12/2020")
			.showsError("title", "Trích yếu (tên kế hoạch) chỉ được tối đa 1.000 ký tự");
		assertThat(page.value("goalTotalScore")).isEqualTo("abc");
		assertThat(page.value("issuedOn")).isEqualTo("31/02/2020");
		assertThat(page.value("numberSymbol")).isEqualTo("11/KH-LOI");
		assertThat(page.value("place")).isEqualTo("Lạng Sơn");
		assertThat(plansNumbered("11/KH-LOI")).isZero();
	}

	@Test
	void theSameMistakesAreExplainedInEnglish() throws Exception {
		FormPage page = refused(planForm("12/KH-LOI", "lang", "en", "goalTotalScore", "abc", "issuedOn", "31/02/2020",
				"signerName", ""));
		page.showsError("goalTotalScore", "Total score goal must be a number, for example 7.5 or 7,5")
			.showsError("issuedOn", "Date of issue must be a real date, written dd/mm/yyyy, for example 15/12/2020")
			.showsError("signerName", "Signer's name is required");
		assertThat(page.value("goalTotalScore")).isEqualTo("abc");
	}

	@Test
	void theBaselineYearMustComeBeforeTheTargetYear() throws Exception {
		refused(planForm("13/KH-LOI", "baselineYear", "2026", "goalTotalScore", "101"))
			.showsError("baselineYear", "Năm xuất phát phải trước năm mục tiêu")
			.showsError("goalTotalScore", "Mục tiêu điểm tổng hợp phải từ 0 đến 100");
	}

	@Test
	void aDecimalCommaAndADecimalPointSaveTheSameNumber() throws Exception {
		mockMvc.perform(planForm("14/KH-PHAY", "goalTotalScore", "70,5")).andExpect(status().is3xxRedirection());
		mockMvc.perform(planForm("14/KH-CHAM", "goalTotalScore", "70.5")).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select goal_total_score from plan_plan where number_symbol in ('14/KH-PHAY', '14/KH-CHAM')")
					.query(BigDecimal.class)
					.list())
			.containsExactly(new BigDecimal("70.50"), new BigDecimal("70.50"));
		assertThat(jdbc.sql("select issued_on::text from plan_plan where number_symbol = '14/KH-PHAY'")
			.query(String.class)
			.single()).isEqualTo("2026-01-15");
	}

	@Test
	void targetScoresTypedWithACommaOrAPointAreSavedAsTheSameNumberAndWrongOnesExplained() throws Exception {
		long planId = newPlan("15/KH-LOI");
		for (String typed : List.of("7,5", "7.5")) {
			mockMvc
				.perform(post("/plans/" + planId + "/targets").with(httpBasic("vanphong", DEMO_PASSWORD))
					.with(csrf())
					.param("componentCode", typed.contains(",") ? "C1" : "C2")
					.param("componentName", "Chỉ số thử")
					.param("targetScore", typed)
					.param("baselineScore", "6,77")
					.param("leadUnitIds", String.valueOf(unitId("VP"))))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select target_score from plan_target where plan_id = :p order by component_code")
			.param("p", planId)
			.query(BigDecimal.class)
			.list()).containsExactly(new BigDecimal("7.50"), new BigDecimal("7.50"));

		var wrong = post("/plans/" + planId + "/targets").with(httpBasic("vanphong", DEMO_PASSWORD))
			.with(csrf())
			.param("componentCode", "C3")
			.param("componentName", "Chỉ số thử")
			.param("targetScore", "12")
			.param("baselineScore", "sáu");
		refused(wrong).showsError("targetScore", "Chỉ tiêu điểm phải từ 0 đến 10")
			.showsError("baselineScore", "Điểm năm xuất phát phải là một số, ví dụ 7,5");
		FormPage english = refused(wrong.param("lang", "en"));
		english.showsError("targetScore", "Target score must be between 0 and 10")
			.showsError("baselineScore", "Baseline score must be a number, for example 7.5 or 7,5");
		assertThat(english.value("baselineScore")).isEqualTo("sáu");
		assertThat(english.value("targetScore")).isEqualTo("12");
	}

	@Test
	void taskRulesAcrossFieldsAreShownOnTheFieldToChange() throws Exception {
		long planId = newPlan("16/KH-LOI");
		String tasks = "/plans/" + planId + "/tasks";
		refused(post(tasks).with(httpBasic("vanphong", DEMO_PASSWORD))
			.with(csrf())
			.param("title", "Có thời hạn")
			.param("kind", "ONE_OFF")
			.param("leadUnitIds", String.valueOf(unitId("VP"))))
			.showsError("deadline", "Hạn hoàn thành là bắt buộc với nhiệm vụ có thời hạn");
		refused(post(tasks).with(httpBasic("vanphong", DEMO_PASSWORD))
			.with(csrf())
			.param("title", "Hàng tháng")
			.param("kind", "MONTHLY")
			.param("leadUnitIds", String.valueOf(unitId("VP")))
			.param("lang", "en")).showsError("dueDay",
					"Due day in the period is required for monthly and quarterly tasks (yearly tasks: a due day or a deadline)");
		FormPage impossible = refused(post(tasks).with(httpBasic("vanphong", DEMO_PASSWORD))
			.with(csrf())
			.param("lang", "vi")
			.param("title", "Ngày sai")
			.param("kind", "ONE_OFF")
			.param("deadline", "31/02/2020")
			.param("description", "d".repeat(10001)));
		impossible.showsError("deadline", "Hạn hoàn thành phải là một ngày có thật, viết dd/mm/yyyy, ví dụ 15/12/2020")
			.showsError("description", "Nội dung chỉ được tối đa 10.000 ký tự")
			.showsError("leadUnitIds", "Đơn vị chủ trì chưa được chọn");
		assertThat(impossible.value("deadline")).isEqualTo("31/02/2020");
		assertThat(impossible.value("title")).isEqualTo("Ngày sai");
		assertThat(jdbc.sql("select count(*) from plan_task where plan_id = :p")
			.param("p", planId)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSplitIntoOnePartIsExplainedOnThePlanPage() throws Exception {
		long planId = newPlan("17/KH-LOI");
		String body = mockMvc
			.perform(post("/api/v1/plans/" + planId + "/tasks").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(
						Map.of("title", "Tách", "kind", "REGULAR", "leadUnitIds", List.of(unitId("VP"))))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long taskId = json.readTree(body).get("id").asLong();
		FormPage page = refused(
				post("/plans/" + planId + "/tasks/" + taskId + "/split").with(httpBasic("vanphong", DEMO_PASSWORD))
					.with(csrf())
					.param("titles", "Chỉ một phần"));
		page.showsError("split-" + taskId + "-titles",
				"Các phần của nhiệm vụ: cần ít nhất 2 dòng, mỗi dòng là tên một phần");
		assertThat(page.value("split-" + taskId + "-titles")).isEqualTo("Chỉ một phần");
	}

	@Test
	void theApiNamesTheFieldByItsLabelAndKeepsTheDecimalPoint() throws Exception {
		long planId = newPlan("18/KH-LOI");
		assertThat(jdbc.sql("select goal_total_score from plan_plan where id = :id")
			.param("id", planId)
			.query(BigDecimal.class)
			.single()).isEqualTo(new BigDecimal("70.50"));
		mockMvc
			.perform(post("/api/v1/plans/" + planId + "/targets").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"componentCode\":\"C1\",\"componentName\":\"\",\"targetScore\":10.5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[?(@.field == 'componentName')].message")
				.value(org.hamcrest.Matchers.hasItem("Chỉ số thành phần không được để trống")))
			.andExpect(jsonPath("$.problems[?(@.field == 'targetScore')].message")
				.value(org.hamcrest.Matchers.hasItem("Chỉ tiêu điểm phải từ 0 đến 10")));
	}

}
