package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.plan.domain.PlanTarget;

class PlanWorkflowTest extends PlanApiTestSupport {

	@Test
	void taskFormHasLabelledFieldsAndRejectsMissingLead() throws Exception {
		long planId = newPlan("21/KH-MAUNHAP");
		String form = page("/plans/" + planId + "/tasks/new", "vanphong");
		assertThat(form).contains("name=\"leadUnitIds\"", "name=\"coordinatingUnitIds\"", "for=\"title\"",
				"for=\"description\"", "for=\"kind\"");
		String answer = mockMvc
			.perform(post("/plans/" + planId + "/tasks").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("title", "Không có đơn vị")
				.param("kind", "REGULAR"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).contains("Đơn vị chủ trì chưa được chọn");
		mockMvc.perform(get("/plans/" + planId + "/tasks/new").with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesShowThePlanGoalsAndHistory() throws Exception {
		long planId = demoPlanId();
		assertThat(page("/plans", "skhdt")).contains("60/KH-STNMT");
		String plan = page("/plans/" + planId, "lanhdao");
		assertThat(plan).contains("Tính minh bạch và tiếp cận thông tin", "70,25", "đạt trên 7,80 điểm");
		assertThat(page("/plans/" + planId + "/history", "lanhdao")).contains(">Ban hành<", "Đã ban hành");
	}

	@Test
	void changingAnIssuedPlanOpensANewRevisionAndTheHistoryShowsWhoChangedWhat() throws Exception {
		long planId = newPlan("2/KH-THU");
		long targetId = postJson("/api/v1/plans/" + planId + "/targets", "vanphong",
				Map.of("componentCode", "C1", "componentName", "Tính minh bạch và tiếp cận thông tin", "targetScore",
						7.8, "targetText", "đạt trên 7,80 điểm", "baselineScore", 6.77, "leadUnitIds",
						List.of(unitId("VP"))));
		mockMvc.perform(post("/api/v1/plans/" + planId + "/submit").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		mockMvc.perform(post("/api/v1/plans/" + planId + "/issue").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		assertThat(getJson("/api/v1/plans/" + planId, "vanphong").at("/plan/status").asString()).isEqualTo("ISSUED");
		long taskId = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong",
				Map.of("targetId", targetId, "title", "Cập nhật trang thông tin điện tử", "kind", "MONTHLY", "dueDay",
						25, "leadUnitIds", List.of(unitId("TTCNTT"))));
		JsonNode plan = getJson("/api/v1/plans/" + planId, "vanphong");
		assertThat(plan.at("/plan/status").asString()).isEqualTo("DRAFT");
		assertThat(plan.at("/plan/revision").asInt()).isEqualTo(2);
		JsonNode history = getJson("/api/v1/plans/" + planId + "/history", "lanhdao");
		assertThat(history.get("versions").size()).isEqualTo(1);
		List<String> changes = new ArrayList<>();
		history.get("changes")
			.forEach(c -> changes.add(c.get("entityType").asString() + ":" + c.get("entityId").asString() + ":"
					+ c.get("action").asString() + ":" + c.get("actor").asString()));
		assertThat(changes).contains("PlanTask:" + taskId + ":CREATE:vanphong", "Plan:" + planId + ":SUBMIT:vanphong",
				"Plan:" + planId + ":ISSUE:lanhdao", "PlanTarget:" + targetId + ":CREATE:vanphong");
		JsonNode snapshot = getJson("/api/v1/plans/" + planId + "/versions/1", "vanphong");
		assertThat(snapshot.at("/targets/0/tasks").size()).isZero();
	}

	@Test
	void tasksCanBeReorderedSplitAndRetiredWithEveryChangeAudited() throws Exception {
		long planId = newPlan("3/KH-THU");
		long vp = unitId("VP");
		long first = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong",
				Map.of("title", "Thứ nhất", "kind", "REGULAR", "leadUnitIds", List.of(vp)));
		long second = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong",
				Map.of("title", "Thứ hai", "kind", "REGULAR", "leadUnitIds", List.of(vp)));
		mockMvc
			.perform(post("/api/v1/plans/" + planId + "/tasks/" + second + "/move?direction=up")
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		JsonNode plan = getJson("/api/v1/plans/" + planId, "vanphong");
		assertThat(plan.at("/generalTasks/0/id").asLong()).isEqualTo(second);
		mockMvc
			.perform(post("/api/v1/plans/" + planId + "/tasks/" + first + "/split")
				.with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"titles\":[\"Phần A\",\"Phần B\"]}"))
			.andExpect(status().isOk());
		mockMvc
			.perform(post("/api/v1/plans/" + planId + "/tasks/" + second + "/retire")
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
		plan = getJson("/api/v1/plans/" + planId, "vanphong");
		List<String> titles = new ArrayList<>();
		plan.get("generalTasks").forEach(t -> titles.add(t.get("title").asString()));
		assertThat(titles).containsExactly("Phần A", "Phần B");
		int audited = jdbc
			.sql("select count(*) from audit_event where entity_type = 'PlanTask' and entity_id in (:ids)")
			.param("ids", List.of(String.valueOf(first), String.valueOf(second)))
			.query(Integer.class)
			.single();
		assertThat(audited).isGreaterThanOrEqualTo(5);
	}

	@Test
	void oneOffTaskNeedsADeadline() throws Exception {
		long planId = newPlan("4/KH-THU");
		String body = mockMvc
			.perform(post("/api/v1/plans/" + planId + "/tasks").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(
						Map.of("title", "Hạn", "kind", "ONE_OFF", "leadUnitIds", List.of(unitId("VP"))))))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Hạn hoàn thành là bắt buộc với nhiệm vụ có thời hạn");
	}

	@Test
	void planCopiedToTheNextYearCarriesTasksAndAssignments() throws Exception {
		long copy = postJson("/api/v1/plans/" + demoPlanId() + "/copy", "vanphong", Map.of());
		JsonNode plan = getJson("/api/v1/plans/" + copy, "vanphong");
		assertThat(plan.at("/plan/year").asInt()).isEqualTo(2021);
		assertThat(plan.at("/plan/baselineYear").asInt()).isEqualTo(2020);
		assertThat(plan.at("/plan/status").asString()).isEqualTo("DRAFT");
		assertThat(plan.get("targets").size()).isEqualTo(8);
		int tasks = plan.get("generalTasks").size();
		for (JsonNode target : plan.get("targets")) {
			tasks += target.get("tasks").size();
		}
		assertThat(tasks).isEqualTo(25);
		assertThat(plan.at("/targets/0/target/leadUnits/0/code").asString()).isEqualTo("VP");
		assertThat(plan.at("/generalTasks/2/deadline").asString()).isEqualTo("2021-12-15");
		mockMvc.perform(post("/api/v1/plans/" + demoPlanId() + "/copy").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void coordinatorSetsAComponentTargetThroughTheForm() throws Exception {
		long planId = newPlan("5/KH-THU");
		assertThat(page("/plans/" + planId + "/targets/new", "vanphong")).contains("name=\"leadUnitIds\"");
		mockMvc
			.perform(post("/plans/" + planId + "/targets").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("componentCode", "C2")
				.param("componentName", "Chi phí thời gian")
				.param("sortOrder", "")
				.param("baselineScore", "6.83")
				.param("baselineRank", "18")
				.param("targetScore", "7.7")
				.param("targetText", "đạt trên 7,70 điểm")
				.param("leadUnitIds", String.valueOf(unitId("VPDKDD")))
				.param("coordinatingUnitIds", String.valueOf(unitId("QLDD")))
				.param("externalParties", "")
				.param("solutions", ""))
			.andExpect(status().is3xxRedirection());
		JsonNode plan = getJson("/api/v1/plans/" + planId, "vanphong");
		assertThat(plan.at("/targets/0/target/targetScore").asDouble()).isEqualTo(7.7);
		assertThat(plan.at("/targets/0/target/leadUnits/0/code").asString()).isEqualTo("VPDKDD");
		assertThat(plan.at("/checks/impliedTotal").isNull() || plan.at("/checks/impliedTotal").isMissingNode()
				|| plan.at("/checks/impliedTotal").asDouble() > 0)
			.isTrue();
		mockMvc
			.perform(post("/plans/" + planId + "/targets").with(httpBasic("qldd", DEMO_PASSWORD))
				.with(csrf())
				.param("componentCode", "C3")
				.param("componentName", "x"))
			.andExpect(status().isForbidden());
	}

}
