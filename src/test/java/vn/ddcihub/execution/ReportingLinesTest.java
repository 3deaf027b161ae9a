package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Reporting lines are data on the plan: a plan without lines is offered the seed's (units
 * → Office monthly on the 25th, quarterly when a task recurs quarterly, units → Phòng
 * KH-TC and Office by 15/12, Office → Sở KH&ĐT and UBND tỉnh yearly and on request);
 * saving them generates the periods of the plan's years, and saving again never deletes a
 * period that has a report. Test year 2031.
 */
class ReportingLinesTest extends ExecutionTestSupport {

	private long planId;

	@BeforeEach
	void plan() throws Exception {
		planId = newPlan("31/KH-TUYEN-" + System.nanoTime() % 100000, 2031, "2031-03-10");
		task(planId, "Báo cáo hồ sơ đất đai hàng tháng", "MONTHLY", 20, List.of("QLDD"), List.of("TTCNTT"));
		task(planId, "Đối thoại doanh nghiệp hàng quý", "QUARTERLY", 25, List.of("QLDD", "KHTC"), List.of());
	}

	@Test
	void aPlanWithoutLinesIsOfferedTheSeedsLines() throws Exception {
		JsonNode answer = getJson("/api/v1/plans/" + planId + "/reporting-lines", "qldd");

		assertThat(answer.get("proposed").asBoolean()).isTrue();
		JsonNode lines = answer.get("lines");
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0).get("frequency").asString()).isEqualTo("MONTHLY");
		assertThat(lines.get(0).get("dueDay").asInt()).isEqualTo(25);
		assertThat(ids(lines.get(0).get("receivingUnitIds"))).containsExactly(unitId("VP"));
		assertThat(lines.get(1).get("frequency").asString()).isEqualTo("QUARTERLY");
		assertThat(ids(lines.get(2).get("receivingUnitIds"))).containsExactly(unitId("KHTC"), unitId("VP"));
		assertThat(lines.get(2).get("dueDay").asInt()).isEqualTo(15);
		assertThat(lines.get(2).get("dueMonth").asInt()).isEqualTo(12);
		assertThat(lines.get(3).get("reporterUnitId").asLong()).isEqualTo(unitId("VP"));
		assertThat(lines.get(3).get("externalRecipients").asString()).isEqualTo("Sở Kế hoạch và Đầu tư; UBND tỉnh");
		assertThat(lines.get(3).get("onRequest").asBoolean()).isTrue();
		// nothing is generated before the lines are saved
		assertThat(getJson("/api/v1/plans/" + planId + "/periods", "vanphong")).isEmpty();
	}

	@Test
	void savingTheLinesGeneratesThePeriodsFromTheMonthThePlanWasIssued() throws Exception {
		saveProposedLines(planId);

		JsonNode periods = getJson("/api/v1/plans/" + planId + "/periods", "vanphong");
		List<String> monthly = new ArrayList<>();
		List<String> yearly = new ArrayList<>();
		int quarterly = 0;
		for (JsonNode p : periods) {
			switch (p.get("frequency").asString()) {
				case "MONTHLY" -> monthly.add(p.get("dueOn").asString());
				case "QUARTERLY" -> quarterly++;
				default -> yearly.add(p.get("dueOn").asString());
			}
		}
		// issued 10/03/2031: March to December, due on the 25th
		assertThat(monthly).hasSize(10).first().isEqualTo("2031-03-25");
		assertThat(quarterly).isEqualTo(4);
		assertThat(yearly).containsExactly("2031-12-15", "2031-12-15");

		// units receiving the year report do not report to themselves
		long units2Finance = period(planId, "YEARLY", 2031, 1, unitId("KHTC"));
		JsonNode expected = getJson("/api/v1/periods/" + units2Finance, "vanphong").get("units");
		List<Long> reporting = new ArrayList<>();
		expected.forEach(u -> reporting.add(u.get("unitId").asLong()));
		assertThat(reporting).containsExactlyInAnyOrder(unitId("QLDD"), unitId("TTCNTT"));
		JsonNode monthlyPeriod = getJson("/api/v1/periods/" + period(planId, "MONTHLY", 2031, 3), "vanphong");
		assertThat(monthlyPeriod.at("/period/counts/expected").asInt()).isEqualTo(3);
		assertThat(monthlyPeriod.at("/period/counts/missing").asInt()).isEqualTo(3);

		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'ExecutionReportingLines' and entity_id = ?")
			.param(String.valueOf(planId))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(page("/plans/" + planId + "/reporting", "qldd")).contains("Hàng quý", "Ngày 15/12",
				"Sở Kế hoạch và Đầu tư; UBND tỉnh");
		assertThat(page("/periods?plan=" + planId, "qldd")).contains("Tháng 3/2031", "Quý IV/2031", "25/03/2031");
	}

	@Test
	void regeneratingMovesOpenPeriodsAndKeepsThoseWithReports() throws Exception {
		JsonNode lines = saveProposedLines(planId);
		long april = period(planId, "MONTHLY", 2031, 4);
		fixtures().report(april, unitId("QLDD"), ReportStatus.SUBMITTED);

		// the monthly line now runs in 2032 only, due on the 31st
		ObjectNode monthly = (ObjectNode) lines.get(0);
		monthly.put("dueDay", 31);
		monthly.put("firstYear", 2032);
		monthly.put("lastYear", 2032);
		MockHttpServletResponse saved = call(HttpMethod.PUT, "/api/v1/plans/" + planId + "/reporting-lines", "vanphong",
				lines);
		assertThat(saved.getStatus()).isEqualTo(200);

		List<Map<String, Object>> rows = jdbc.sql("""
				select year, number, due_on::text as due from execution_period
				where line_id = ? order by year, number""").param(monthly.get("id").asLong()).query().listOfRows();
		assertThat(rows).hasSize(13);
		// April 2031 has a report: kept, with its own dates
		assertThat(rows.get(0)).containsEntry("year", 2031)
			.containsEntry("number", 4)
			.containsEntry("due", "2031-04-25");
		assertThat(rows.get(2)).containsEntry("due", "2032-02-29");
		assertThat(rows.get(4)).containsEntry("due", "2032-04-30");
		assertThat(rows.get(12)).containsEntry("due", "2032-12-31");

		// a line with reports cannot be removed
		List<JsonNode> withoutMonthly = new ArrayList<>();
		lines.forEach(withoutMonthly::add);
		withoutMonthly.remove(0);
		MockHttpServletResponse refused = call(HttpMethod.PUT, "/api/v1/plans/" + planId + "/reporting-lines",
				"vanphong", withoutMonthly);
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("đã có đơn vị báo cáo");
		assertThat(jdbc.sql("select count(*) from execution_reporting_line where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void wrongLinesAreRefusedWithTheirRowAndNothingIsSaved() throws Exception {
		Map<String, Object> yearlyWithoutMonth = Map.of("frequency", "YEARLY", "receivingUnitIds",
				List.of(unitId("VP")), "dueDay", 15, "firstYear", 2031, "lastYear", 2031);
		Map<String, Object> toItself = Map.of("frequency", "MONTHLY", "reporterUnitId", unitId("VP"),
				"receivingUnitIds", List.of(unitId("VP")), "dueDay", 25, "firstYear", 2031, "lastYear", 2030);

		MockHttpServletResponse answer = call(HttpMethod.PUT, "/api/v1/plans/" + planId + "/reporting-lines",
				"vanphong", List.of(yearlyWithoutMonth, toItself));

		assertThat(answer.getStatus()).isEqualTo(400);
		JsonNode problems = read(answer).get("problems");
		List<String> found = new ArrayList<>();
		problems.forEach(p -> found.add(p.get("row").asInt() + " " + p.get("column").asString()));
		assertThat(found).containsExactlyInAnyOrder("1 dueMonth", "2 lastYear", "2 receivingUnitIds");
		assertThat(answer.getContentAsString()).contains("không báo cáo cho chính mình");
		assertThat(jdbc.sql("select count(*) from execution_reporting_line where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void onlyTheOfficeChangesTheLines() throws Exception {
		JsonNode proposed = getJson("/api/v1/plans/" + planId + "/reporting-lines", "vanphong").get("lines");
		assertThat(call(HttpMethod.PUT, "/api/v1/plans/" + planId + "/reporting-lines", "qldd", proposed).getStatus())
			.isEqualTo(403);
		assertThat(call(HttpMethod.PUT, "/api/v1/plans/" + planId + "/reporting-lines", "sct", proposed).getStatus())
			.isEqualTo(404);
		assertThat(call(HttpMethod.GET, "/api/v1/plans/" + planId + "/reporting-lines", "sct", null).getStatus())
			.isEqualTo(404);
	}

	@Test
	void theLineFormSaysWhatIsWrongBesideTheField() throws Exception {
		saveProposedLines(planId);
		String answer = mockMvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/plans/" + planId + "/reporting/lines/new")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic("vanphong", DEMO_PASSWORD))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("frequency", "YEARLY")
				.param("dueDay", "15")
				.param("firstYear", "2031")
				.param("lastYear", "2031")
				.param("receivingUnitIds", String.valueOf(unitId("VP"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).contains("error-summary", "Báo cáo hàng năm cần tháng hạn", "value=\"15\"");
	}

	private long period(long planId, String frequency, int year, int number, long receivingUnit) {
		return jdbc
			.sql("""
					select p.id from execution_period p join execution_reporting_line l on l.id = p.line_id
					where p.plan_id = ? and p.frequency = ? and p.year = ? and p.number = ? and ? = any (l.receiving_unit_ids)""")
			.params(planId, frequency, year, number, receivingUnit)
			.query(Long.class)
			.single();
	}

	private static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach(id -> ids.add(id.asLong()));
		return ids;
	}

}
