package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.shared.VietnameseFormat;
import vn.ddcihub.execution.ConsolidatedTestPlans.TestPlan;

/**
 * The year report (báo cáo năm) compiled over every period of the year with each
 * component's achievement against its target, and the upward report addressed to Sở KH&ĐT
 * and UBND tỉnh. The test plan's C1 target (6,50) is below the department's newest score
 * (the demo's 2020, scored from its illustrative survey) — đạt; C2's (9,50) above it —
 * chưa đạt. Years 2048–2050.
 */
class YearReportTest extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	IndexApi index;

	private final JsonMapper json = JsonMapper.builder().build();

	private ExecutionFixtures fixtures;

	private long qldd;

	private long ttcntt;

	private long vp;

	@BeforeEach
	void units() {
		fixtures = new ExecutionFixtures(jdbc);
		qldd = fixtures.unitId("STNMT", "QLDD");
		ttcntt = fixtures.unitId("STNMT", "TTCNTT");
		vp = fixtures.unitId("STNMT", "VP");
	}

	private TestPlan yearWithReports(String number, int year) throws Exception {
		TestPlan plan = new ConsolidatedTestPlans(mockMvc).create(number, year, qldd, ttcntt, vp);
		long line = fixtures.monthlyLine(plan.id(), year, 25);
		long march = fixtures.report(fixtures.monthlyPeriod(line, year, 3, 25), qldd, ReportStatus.ACCEPTED);
		fixtures.entry(march, plan.landTask(), "LEAD", TaskStatus.IN_PROGRESS, 30, "Tháng 3: giải quyết 300 hồ sơ");
		long september = fixtures.report(fixtures.monthlyPeriod(line, year, 9, 25), qldd, ReportStatus.ACCEPTED);
		fixtures.entry(september, plan.landTask(), "LEAD", TaskStatus.DONE, 100, "Tháng 9: hoàn thành số hóa");
		long submitted = fixtures.report(periodOf(september), ttcntt, ReportStatus.SUBMITTED);
		fixtures.entry(submitted, plan.portalTask(), "LEAD", TaskStatus.DONE, 100, "Chưa được chấp nhận");
		long yearly = yearlyPeriod(plan.id(), year);
		long yearReport = fixtures.report(yearly, ttcntt, ReportStatus.ACCEPTED);
		fixtures.entry(yearReport, plan.portalTask(), "LEAD", TaskStatus.DONE, 100, "Cả năm: cập nhật 250 tin bài");
		long nextYearLine = fixtures.monthlyLine(plan.id(), year + 1, 25);
		long nextYear = fixtures.report(fixtures.monthlyPeriod(nextYearLine, year + 1, 1, 25), qldd,
				ReportStatus.ACCEPTED);
		fixtures.entry(nextYear, plan.landTask(), "LEAD", TaskStatus.DONE, 100, "Thuộc năm sau");
		return plan;
	}

	private long periodOf(long reportId) {
		return jdbc.sql("select period_id from execution_report where id = ?")
			.param(reportId)
			.query(Long.class)
			.single();
	}

	/**
	 * The year's period of a yearly line (units → Phòng KH-TC and the Office, due 15/12).
	 */
	private long yearlyPeriod(long planId, int year) {
		long line = jdbc.sql("""
				insert into execution_reporting_line (plan_id, organisation_id, frequency, receiving_unit_ids, due_day,
				    due_month, first_year, last_year)
				select id, organisation_id, 'YEARLY', array[?]::bigint[], 15, 12, ?, ? from plan_plan where id = ?
				returning id""").params(vp, year, year, planId).query(Long.class).single();
		return jdbc.sql("""
				insert into execution_period (line_id, plan_id, organisation_id, frequency, year, number, starts_on,
				    ends_on, due_on)
				select id, plan_id, organisation_id, 'YEARLY', ?, 1, ?, ?, ? from execution_reporting_line where id = ?
				returning id""")
			.params(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 15), line)
			.query(Long.class)
			.single();
	}

	@Test
	void eachComponentIsAchievedOrNotAgainstItsTargetAndTheTotalAgainstTheGoal() throws Exception {
		TestPlan plan = yearWithReports("1/KH-NAM2048", 2048);
		JsonNode report = json.readTree(mockMvc
			.perform(get("/api/v1/plans/" + plan.id() + "/year-report/2048").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode sections = report.at("/content/sections");
		assertThat(sections.get(0).get("achievement").asString()).isEqualTo("ACHIEVED");
		IndexApi.UnitStanding latest = index.standing(2020, Block.DEPARTMENT, "STNMT").orElseThrow();
		double c1 = latest.components().get(0).score();
		double c2 = latest.components().get(1).score();
		assertThat(sections.get(0).get("latestScore").asDouble()).isCloseTo(c1, within(0.005));
		assertThat(sections.get(1).get("achievement").asString()).isEqualTo("NOT_ACHIEVED");
		assertThat(report.at("/content/edition").asInt()).isEqualTo(2020);
		JsonNode goal = report.at("/content/goal");
		assertThat(goal.get("goalScore").asDouble()).isEqualTo(70.0);
		assertThat(goal.get("scoreAchievement").asString())
			.isEqualTo(goal.get("total").asDouble() >= 70 ? "ACHIEVED" : "NOT_ACHIEVED");
		assertThat(goal.get("rankAchievement").asString())
			.isEqualTo(goal.get("rank").asInt() <= 10 ? "ACHIEVED" : "NOT_ACHIEVED");

		String text = docxText("/api/v1/plans/" + plan.id() + "/year-report/2048", "vanphong");
		assertThat(text)
			.contains("Kết quả thực hiện Kế hoạch nâng cao chỉ số DDCI năm 2048",
					"Kết quả các chỉ số thành phần so với chỉ tiêu",
					"Tính minh bạch và tiếp cận thông tin\t6,50\t6,77\t" + VietnameseFormat.decimal(c1, 2) + "\tđạt",
					"Tính năng động\t9,50\t6,83\t" + VietnameseFormat.decimal(c2, 2) + "\tchưa đạt",
					"Mục tiêu chung: tốp 10, đạt 70,00 điểm trở lên",
					"Phòng Quản lý đất đai: Tháng 3: giải quyết 300 hồ sơ",
					"Phòng Quản lý đất đai: Tháng 9: hoàn thành số hóa",
					"Trung tâm Công nghệ thông tin Tài nguyên và Môi trường: Cả năm: cập nhật 250 tin bài",
					"Phòng Kế hoạch – Tài chính")
			.doesNotContain("Thuộc năm sau", "Chưa được chấp nhận", "Kính gửi");
	}

	@Test
	void upwardReportIsAddressedToThePlanningDepartmentAndTheProvinceAndSignedByTheDirector() throws Exception {
		TestPlan plan = yearWithReports("2/KH-NAM2049", 2049);
		String api = "/api/v1/plans/" + plan.id() + "/upward-report/2049";
		String text = docxText(api, "lanhdao");
		assertThat(text)
			.contains("Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn; Ủy ban nhân dân tỉnh Lạng Sơn.", "Như trên;",
					"GIÁM ĐỐC", "Bùi Văn Côi", "Tính minh bạch và tiếp cận thông tin")
			.doesNotContain("Thuộc năm sau");

		mockMvc.perform(get(api).with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isNotFound());
		mockMvc.perform(post(api + "/issue").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc.perform(post(api + "/issue").with(httpBasic("vanphong", DEMO_PASSWORD))).andExpect(status().isOk());
		mockMvc.perform(get(api).with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isOk());
		mockMvc
			.perform(put(api).with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assessment\": \"Sửa sau khi ban hành\"}"))
			.andExpect(status().isConflict());
		// The year report of the same year is a report of its own, still a draft.
		mockMvc
			.perform(put("/api/v1/plans/" + plan.id() + "/year-report/2049").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assessment\": \"Năm 2049 hoàn thành cơ bản các nhiệm vụ\"}"))
			.andExpect(status().isOk());
		mockMvc.perform(get(api).with(httpBasic("sct", DEMO_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void yearPageShowsAchievements() throws Exception {
		TestPlan plan = yearWithReports("3/KH-NAM2050", 2050);
		String page = mockMvc
			.perform(get("/plans/" + plan.id() + "/year-report/2050").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Báo cáo năm 2050", "Đạt", "Chưa đạt", "id=\"goal-row\"",
				"Cả năm: cập nhật 250 tin bài");
	}

	private String docxText(String api, String user) throws Exception {
		byte[] docx = mockMvc.perform(get(api).param("format", "docx").with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			return extractor.getText();
		}
	}

}
