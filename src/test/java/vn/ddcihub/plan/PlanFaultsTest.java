package vn.ddcihub.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Valid but unusual input never breaks a plan for its readers, work per request is
 * bounded, and issuing snapshots exactly what is issued.
 */
class PlanFaultsTest extends PlanApiTestSupport {

	@Test
	void aComponentCodeTheEditionDoesNotHaveIsRefusedOnItsFieldAndThePlanStaysReadable() throws Exception {
		long planId = demoPlanId();
		JsonNode problem = problem(post("/api/v1/plans/" + planId + "/targets"),
				Map.of("componentCode", "C9", "componentName", "Chỉ số không có"));
		assertThat(problem.get("problems").get(0).get("field").asString()).isEqualTo("componentCode");
		assertThat(problem.get("problems").get(0).get("message").asString()).contains("C9", "C1", "C8");

		JsonNode twice = problem(post("/api/v1/plans/" + planId + "/targets"),
				Map.of("componentCode", "c1", "componentName", "Lần hai"));
		assertThat(twice.get("problems").get(0).get("message").asString()).contains("đã có chỉ tiêu");

		getJson("/api/v1/plans/" + planId, "lanhdao");
		page("/plans/" + planId, "lanhdao");
	}

	@Test
	void aTargetWithoutABaselineShowsTheIndexFiguresOrNothingButNeverBreaksThePage() throws Exception {
		long planId = newPlan("2/KH-NOBASE");
		jdbc.sql("update plan_plan set baseline_year = 2019, target_year = 2020 where id = :id")
			.param("id", planId)
			.update();
		postJson("/api/v1/plans/" + planId + "/targets", "vanphong",
				Map.of("componentCode", "C2", "componentName", "Tiếp cận thông tin", "targetScore", 7.0));
		long orphan = postJson("/api/v1/plans/" + planId + "/targets", "vanphong",
				Map.of("componentCode", "C3", "componentName", "Chi phí thời gian"));
		// a target saved before codes were checked, whose code the edition does not have
		jdbc.sql("update plan_target set component_code = 'X9', sort_order = 99 where id = :id")
			.param("id", orphan)
			.update();

		JsonNode plan = getJson("/api/v1/plans/" + planId, "lanhdao");
		JsonNode components = plan.get("checks").get("components");
		assertThat(components.get(0).get("baselineScore").isNumber()).isTrue();
		assertThat(components.get(1).get("baselineScore").isNull()).isTrue();
		assertThat(page("/plans/" + planId, "lanhdao")).contains("X9");
	}

	@Test
	void aTargetIsRemovedOnceItHasNoTasksInForceAndTheRemovalIsAudited() throws Exception {
		long planId = newPlan("3/KH-REMOVE");
		long target = postJson("/api/v1/plans/" + planId + "/targets", "vanphong",
				Map.of("componentCode", "C4", "componentName", "Chi phí không chính thức"));
		long task = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong",
				Map.of("targetId", target, "title", "Công khai thủ tục", "kind", "ONE_OFF", "deadline", "2026-06-30",
						"leadUnitIds", List.of(unitId("VP"))));

		JsonNode refused = problem(delete("/api/v1/plans/" + planId + "/targets/" + target), null);
		assertThat(refused.get("detail").asString()).contains("C4", "1 nhiệm vụ");

		as("vanphong", post("/api/v1/plans/" + planId + "/tasks/" + task + "/retire"))
			.andExpect(status().isNoContent());
		as("vanphong", delete("/api/v1/plans/" + planId + "/targets/" + target)).andExpect(status().isNoContent());

		assertThat(getJson("/api/v1/plans/" + planId, "lanhdao").get("targets")).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where entity_type = 'PlanTarget' and entity_id = :id and action = 'REMOVE' and after_state is null
				  and before_state ->> 'componentCode' = 'C4'""")
			.param("id", String.valueOf(target))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select target_id from plan_task where id = :id")
			.param("id", task)
			.query(Long.class)
			.optional()).isEmpty();
	}

	@Test
	void aTaskSplitsIntoAtMostFiftyParts() throws Exception {
		long planId = newPlan("4/KH-SPLIT");
		long task = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong", Map.of("title", "Việc lớn", "kind",
				"ONE_OFF", "deadline", "2026-06-30", "leadUnitIds", List.of(unitId("VP"))));
		List<String> tooMany = IntStream.rangeClosed(1, 51).mapToObj(i -> "Phần " + i).toList();

		JsonNode refused = problem(post("/api/v1/plans/" + planId + "/tasks/" + task + "/split"),
				Map.of("titles", tooMany));
		assertThat(refused.get("detail").asString()).contains("50", "51");
		as("vanphong",
				post("/api/v1/plans/" + planId + "/tasks/" + task + "/split").contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("titles", tooMany.subList(0, 50)))))
			.andExpect(status().isOk());

		List<Integer> orders = jdbc.sql("select sort_order from plan_task where plan_id = :id order by sort_order")
			.param("id", planId)
			.query(Integer.class)
			.list();
		assertThat(orders).isEqualTo(IntStream.rangeClosed(1, 50).boxed().toList());
	}

	@Test
	void unitStaffReadTheWholePlanAsTheDocumentShowsItButCannotChangeIt() throws Exception {
		long planId = demoPlanId();
		JsonNode asLeader = getJson("/api/v1/plans/" + planId, "lanhdao");
		JsonNode asUnit = getJson("/api/v1/plans/" + planId, "qldd");
		assertThat(taskIds(asUnit)).isEqualTo(taskIds(asLeader)).hasSizeGreaterThan(10);
		long otherUnitsTask = jdbc.sql("""
				select t.id from plan_task t where t.plan_id = :plan and not exists (
				  select 1 from plan_task_unit a join org_unit u on u.id = a.unit_id
				  where a.task_id = t.id and u.code = 'QLDD') limit 1""")
			.param("plan", planId)
			.query(Long.class)
			.single();
		getJson("/api/v1/plans/" + planId + "/tasks/" + otherUnitsTask, "qldd");
		as("qldd", put("/api/v1/plans/" + planId + "/tasks/" + otherUnitsTask).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Sửa\"}")).andExpect(status().isForbidden());
	}

	@Test
	void issuingWhileATaskIsEditedSnapshotsExactlyWhatIsIssued() throws Exception {
		long planId = newPlan("5/KH-RACE");
		long task = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong", Map.of("title", "Bản 0", "kind",
				"ONE_OFF", "deadline", "2026-06-30", "leadUnitIds", List.of(unitId("VP"))));
		for (int trial = 1; trial <= 12; trial++) {
			String title = "Bản " + trial;
			if ("ISSUED".equals(getJson("/api/v1/plans/" + planId, "vanphong").at("/plan/status").asString())) {
				as("vanphong", post("/api/v1/plans/" + planId + "/revise")).andExpect(status().isNoContent());
			}
			CompletableFuture<Void> edit = CompletableFuture.runAsync(() -> quietly(() -> as("vanphong",
					put("/api/v1/plans/" + planId + "/tasks/" + task).contentType(MediaType.APPLICATION_JSON)
						.content(json.writeValueAsString(Map.of("title", title, "kind", "ONE_OFF", "deadline",
								"2026-06-30", "leadUnitIds", List.of(unitId("VP"))))))));
			// the Office submits and the director issues while the task is being edited
			CompletableFuture<Void> issue = CompletableFuture.runAsync(() -> quietly(() -> {
				as("vanphong", post("/api/v1/plans/" + planId + "/submit"));
				as("lanhdao", post("/api/v1/plans/" + planId + "/issue"));
			}));
			CompletableFuture.allOf(edit, issue).join();

			JsonNode plan = getJson("/api/v1/plans/" + planId, "lanhdao").get("plan");
			if ("ISSUED".equals(plan.get("status").asString())) {
				int revision = plan.get("revision").asInt();
				String snapshot = mockMvc
					.perform(get("/api/v1/plans/" + planId + "/versions/" + revision)
						.with(httpBasic("lanhdao", DEMO_PASSWORD)))
					.andReturn()
					.getResponse()
					.getContentAsString();
				String current = jdbc.sql("select title from plan_task where id = :id")
					.param("id", task)
					.query(String.class)
					.single();
				assertThat(snapshot).as("trial %d, revision %d", trial, revision).contains("\"" + current + "\"");
			}
		}
	}

	private JsonNode problem(MockHttpServletRequestBuilder request, Object body) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return json.readTree(as("vanphong", request.header("Accept-Language", "vi")).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mockMvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
	}

	private static List<Long> taskIds(JsonNode plan) {
		List<Long> ids = new ArrayList<>();
		plan.get("targets").forEach(t -> t.get("tasks").forEach(k -> ids.add(k.get("id").asLong())));
		plan.get("generalTasks").forEach(k -> ids.add(k.get("id").asLong()));
		return ids;
	}

	private static void quietly(ThrowingRunnable action) {
		try {
			action.run();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
