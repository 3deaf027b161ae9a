package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The check through the API: a unit drafts, attaches a PDF and submits; the
 * Office returns it with a comment; the unit sees the comment and resubmits; the Office
 * accepts; every change after that is refused with 409 — with a timeline row, an audit
 * record and an event for every transition. And the rules around it: explanations, stale
 * versions, closed periods, other units and organisations.
 */
@RecordApplicationEvents
class UnitReportApiTest extends ReportApiTestSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void draftAttachSubmitReturnResubmitAcceptThenLocked() throws Exception {
		long period = period(2036, 1);
		MockHttpServletResponse started = postJson("/api/v1/periods/" + period + "/reports", "qldd",
				Map.of("unitId", unit("QLDD")));
		assertThat(started.getStatus()).isEqualTo(201);
		long id = read(started).get("id").asLong();
		assertThat(started.getHeader("Location")).isEqualTo("/api/v1/reports/" + id);
		// starting again opens the same report
		MockHttpServletResponse again = postJson("/api/v1/periods/" + period + "/reports", "qldd",
				Map.of("unitId", unit("QLDD")));
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(read(again).get("id").asLong()).isEqualTo(id);

		JsonNode report = report(id, "qldd");
		assertThat(report.get("status").asString()).isEqualTo("DRAFT");
		long task = tasks(report, "LEAD").get(0);
		int version = report.get("version").asInt();
		MockHttpServletResponse saved = putJson("/api/v1/reports/" + id, "qldd",
				Map.of("version", version, "entries",
						List.of(entry(task, "IN_PROGRESS", 40, "Đã rà soát 120 hồ sơ đất đai", "",
								List.of(Map.of("label", "Hồ sơ trả quá hạn", "value", 3, "unit", "hồ sơ"))))));
		assertThat(saved.getStatus()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		MockHttpServletResponse attached = attach(id, "qldd", "Biên bản kiểm tra.pdf", PDF, task);
		assertThat(attached.getStatus()).isEqualTo(201);
		long attachment = read(attached).get("id").asLong();
		assertThat(postJson("/api/v1/reports/" + id + "/submit", "qldd", Map.of()).getStatus()).isEqualTo(200);

		MockHttpServletResponse noComment = postJson("/api/v1/reports/" + id + "/return", "vanphong", Map.of());
		assertThat(noComment.getStatus()).isEqualTo(400);
		assertThat(read(noComment).get("problems").get(0).get("field").asString()).isEqualTo("comment");
		assertThat(postJson("/api/v1/reports/" + id + "/return", "vanphong",
				Map.of("comment", "Bổ sung số hồ sơ đã giải quyết đúng hạn"))
			.getStatus()).isEqualTo(200);

		report = report(id, "qldd");
		assertThat(report.get("status").asString()).isEqualTo("RETURNED");
		assertThat(report.get("reviewComment").asString()).isEqualTo("Bổ sung số hồ sơ đã giải quyết đúng hạn");
		assertThat(putJson("/api/v1/reports/" + id, "qldd",
				Map.of("version", report.get("version").asInt(), "entries",
						List.of(entry(task, "IN_PROGRESS", 60, "Đã rà soát 120 hồ sơ; 117 hồ sơ đúng hạn", "",
								List.of(Map.of("label", "Hồ sơ trả quá hạn", "value", 3, "unit", "hồ sơ"),
										Map.of("label", "Hồ sơ giải quyết đúng hạn", "value", 117, "unit", "hồ sơ"))))))
			.getStatus()).isEqualTo(200);
		assertThat(postJson("/api/v1/reports/" + id + "/submit", "qldd", Map.of()).getStatus()).isEqualTo(200);
		assertThat(postJson("/api/v1/reports/" + id + "/accept", "vanphong", Map.of()).getStatus()).isEqualTo(200);

		report = report(id, "qldd");
		assertThat(report.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(report.get("editable").asBoolean()).isFalse();
		JsonNode entry = report.get("sections").get(0).get("entries").get(0);
		assertThat(entry.get("figures")).hasSize(2);
		assertThat(entry.get("figures").get(1).get("value").decimalValue()).isEqualByComparingTo("117");

		// accepted: locked for everybody, the Office included
		for (String user : List.of("qldd", "vanphong", "admin")) {
			MockHttpServletResponse edit = putJson("/api/v1/reports/" + id, user,
					Map.of("version", report.get("version").asInt(), "entries", List.of()));
			assertThat(edit.getStatus()).as(user).isEqualTo(409);
			assertThat(edit.getContentType()).startsWith("application/problem+json");
			assertThat(read(edit).get("detail").asString()).contains("đã được chấp nhận");
		}
		assertThat(attach(id, "qldd", "them.pdf", PDF, task).getStatus()).isEqualTo(409);
		assertThat(call(delete("/api/v1/reports/" + id + "/attachments/" + attachment), "qldd").getStatus())
			.isEqualTo(409);
		assertThat(postJson("/api/v1/reports/" + id + "/submit", "qldd", Map.of()).getStatus()).isEqualTo(409);
		assertThat(postJson("/api/v1/reports/" + id + "/return", "vanphong", Map.of("comment", "Sửa lại")).getStatus())
			.isEqualTo(409);

		JsonNode timeline = read(call(get("/api/v1/reports/" + id + "/timeline"), "qldd"));
		assertThat(timeline.valueStream().map(t -> t.get("action").asString())).containsExactly("CREATED", "SUBMITTED",
				"RETURNED", "SUBMITTED", "ACCEPTED");
		assertThat(timeline.get(2).get("actor").asString()).isEqualTo("vanphong");
		assertThat(timeline.get(2).get("comment").asString()).isEqualTo("Bổ sung số hồ sơ đã giải quyết đúng hạn");

		List<String> audit = jdbc.sql("""
				select action || ':' || coalesce(before_state ->> 'status', '-') || '>' || (after_state ->> 'status')
				from audit_event where entity_type = 'ExecutionReport' and entity_id = ? order by id""")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
		assertThat(audit).containsExactly("CREATE:->DRAFT", "SUBMIT:DRAFT>SUBMITTED", "RETURN:SUBMITTED>RETURNED",
				"SUBMIT:RETURNED>SUBMITTED", "ACCEPT:SUBMITTED>ACCEPTED");

		assertThat(events.stream(ReportTransitioned.class).filter(e -> e.reportId() == id).map(e -> e.status()))
			.containsExactly(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.SUBMITTED,
					ReportStatus.ACCEPTED);
		assertThat(events.stream(ReportTransitioned.class)
			.filter(e -> e.reportId() == id && e.status() == ReportStatus.RETURNED)
			.findFirst()
			.orElseThrow()
			.comment()).isEqualTo("Bổ sung số hồ sơ đã giải quyết đúng hạn");
	}

	@Test
	void behindScheduleOrBlockedNeedsAnExplanationOnSubmit() throws Exception {
		long id = start(period(2036, 2), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		assertThat(putJson("/api/v1/reports/" + id, "qldd",
				Map.of("version", report.get("version").asInt(), "entries",
						List.of(entry(task, "BEHIND", 20, "Mới rà soát một phần", "", List.of()))))
			.getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = postJson("/api/v1/reports/" + id + "/submit", "qldd", Map.of());
		assertThat(refused.getStatus()).isEqualTo(400);
		JsonNode problem = read(refused).get("problems").get(0);
		assertThat(problem.get("field").asString()).isEqualTo("explanation_" + task);
		assertThat(problem.get("message").asString()).contains("cần giải trình").contains("Chậm tiến độ");
		assertThat(report(id, "qldd").get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aSaveBasedOnAReplacedVersionIsRefusedWith409() throws Exception {
		long id = start(period(2036, 3), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		int read = report.get("version").asInt();
		assertThat(putJson("/api/v1/reports/" + id, "vanphong",
				Map.of("version", read, "entries", List.of(entry(task, "IN_PROGRESS", 10, "Văn phòng", "", List.of()))))
			.getStatus()).isEqualTo(200);
		MockHttpServletResponse stale = putJson("/api/v1/reports/" + id, "qldd",
				Map.of("version", read, "entries", List.of(entry(task, "DONE", 100, "Đơn vị", "", List.of()))));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(read(stale).get("detail").asString()).contains("người khác lưu");
		assertThat(report(id, "qldd").get("sections").get(0).get("entries").get(0).get("results").asString())
			.isEqualTo("Văn phòng");
	}

	@Test
	void badFiguresAndProgressAreNamedByField() throws Exception {
		long id = start(period(2036, 4), "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		long task = tasks(report, "LEAD").get(0);
		MockHttpServletResponse refused = putJson("/api/v1/reports/" + id, "qldd",
				Map.of("version", report.get("version").asInt(), "entries",
						List.of(entry(task, "IN_PROGRESS", 140, "x", "", List.of(Map.of("label", "", "value", 3))))));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(read(refused).get("problems").valueStream().map(p -> p.get("field").asString()))
			.containsExactlyInAnyOrder("progress_" + task, "figureLabel_" + task + "_0");
	}

	@Test
	void aClosedPeriodTakesNoNewReport() throws Exception {
		long period = period(2036, 5);
		jdbc.sql("update execution_period set status = 'CLOSED' where id = ?").param(period).update();
		MockHttpServletResponse refused = postJson("/api/v1/periods/" + period + "/reports", "qldd",
				Map.of("unitId", unit("QLDD")));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(read(refused).get("detail").asString()).contains("Kỳ báo cáo đã khóa");
	}

	@Test
	void anotherOrganisationGets404AndAnotherUnitMayReadButNotWrite() throws Exception {
		long period = period(2036, 6);
		long id = start(period, "QLDD", "qldd");
		JsonNode report = report(id, "qldd");
		Map<String, Object> draft = Map.of("version", report.get("version").asInt(), "entries", List.of());
		assertThat(call(get("/api/v1/reports/" + id), "sct").getStatus()).isEqualTo(404);
		assertThat(putJson("/api/v1/reports/" + id, "sct", draft).getStatus()).isEqualTo(404);
		assertThat(
				postJson("/api/v1/periods/" + period + "/reports", "sct", Map.of("unitId", unit("QLDD"))).getStatus())
			.isEqualTo(404);

		assertThat(call(get("/api/v1/reports/" + id), "ttcntt").getStatus()).isEqualTo(200);
		assertThat(putJson("/api/v1/reports/" + id, "ttcntt", draft).getStatus()).isEqualTo(403);
		assertThat(postJson("/api/v1/reports/" + id + "/submit", "ttcntt", Map.of()).getStatus()).isEqualTo(403);
		assertThat(attach(id, "ttcntt", "a.pdf", PDF, null).getStatus()).isEqualTo(403);
		assertThat(postJson("/api/v1/periods/" + period + "/reports", "ttcntt", Map.of("unitId", unit("QLDD")))
			.getStatus()).isEqualTo(403);
		// only the Office reviews, only a leader comments
		assertThat(postJson("/api/v1/reports/" + id + "/accept", "qldd", Map.of()).getStatus()).isEqualTo(403);
		assertThat(postJson("/api/v1/reports/" + id + "/comments", "vanphong",
				Map.of("taskId", tasks(report, "LEAD").get(0), "body", "x"))
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aLeaderCommentsOnATaskAndTheReportShowsIt() throws Exception {
		long id = start(period(2036, 7), "QLDD", "qldd");
		long task = tasks(report(id, "qldd"), "LEAD").get(0);
		MockHttpServletResponse blank = postJson("/api/v1/reports/" + id + "/comments", "lanhdao",
				Map.of("taskId", task, "body", " "));
		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat(postJson("/api/v1/reports/" + id + "/comments", "lanhdao",
				Map.of("taskId", task, "body", "Đẩy nhanh việc số hóa hồ sơ địa chính"))
			.getStatus()).isEqualTo(201);
		JsonNode entry = report(id, "qldd").get("sections").get(0).get("entries").get(0);
		assertThat(entry.get("comments").get(0).get("body").asString())
			.isEqualTo("Đẩy nhanh việc số hóa hồ sơ địa chính");
		assertThat(entry.get("comments").get(0).get("authorName").asString()).startsWith("Nguyễn Văn Lãnh");
		JsonNode timeline = read(call(get("/api/v1/reports/" + id + "/timeline"), "qldd"));
		assertThat(timeline.get(timeline.size() - 1).get("action").asString()).isEqualTo("COMMENTED");
	}

	@Test
	void aLeadUnitsReportShowsTheCoordinatingUnitsContribution() throws Exception {
		long period = period(2036, 8);
		// find a task QLDD leads and another unit coordinates
		var pair = jdbc.sql("""
				select l.task_id, cu.code from plan_task_unit l
				join plan_task_unit c on c.task_id = l.task_id and c.role = 'COORDINATING'
				join org_unit lu on lu.id = l.unit_id join org_unit cu on cu.id = c.unit_id
				where l.role = 'LEAD' and lu.code = 'QLDD' and cu.code <> 'QLDD'
				  and l.task_id in (select id from plan_task where plan_id = ? and not retired)
				order by l.task_id limit 1""")
			.param(fixtures().seedPlanId())
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.single();
		long lead = start(period, "QLDD", "qldd");
		long coordinating = start(period, pair.getValue(), "vanphong");
		JsonNode contribution = report(coordinating, "vanphong");
		putJson("/api/v1/reports/" + coordinating, "vanphong", Map
			.of("version", contribution.get("version").asInt(), "entries", List
				.of(entry(pair.getKey(), "IN_PROGRESS", 50, "Đã cung cấp dữ liệu cho phòng chủ trì", "", List.of()))));
		JsonNode leadEntry = report(lead, "qldd").get("sections")
			.valueStream()
			.flatMap(s -> s.get("entries").valueStream())
			.filter(e -> e.get("taskId").asLong() == pair.getKey())
			.findFirst()
			.orElseThrow();
		JsonNode shown = leadEntry.get("contributions").get(0);
		assertThat(shown.get("results").asString()).isEqualTo("Đã cung cấp dữ liệu cho phòng chủ trì");
		assertThat(shown.get("unitName").asString()).isNotBlank();
	}

}
