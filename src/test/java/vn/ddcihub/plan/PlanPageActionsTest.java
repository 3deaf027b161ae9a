package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The plan page as people use it: row actions that can be seen, retiring that asks and
 * can be undone, the saved task shown, the goal panel as figures, illustrative figures
 * labelled, and no action offered to a role that cannot use it.
 */
class PlanPageActionsTest extends PlanApiTestSupport {

	@Test
	void rowActionsAreVisibleButtonsAndRetiringAsksSaysWhatHappenedAndCanBeUndone() throws Exception {
		long planId = newPlan("1/KH-THAOTAC");
		long vp = unitId("VP");
		long first = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong",
				Map.of("title", "Nhiệm vụ thứ nhất", "kind", "REGULAR", "leadUnitIds", List.of(vp)));
		long second = postJson("/api/v1/plans/" + planId + "/tasks", "vanphong",
				Map.of("title", "Nhiệm vụ thứ hai", "kind", "REGULAR", "leadUnitIds", List.of(vp)));
		String plan = page("/plans/" + planId, "vanphong");
		// row actions are outlined buttons in the brand colour, not the top bar's white
		// link-button
		assertThat(plan).doesNotContain("link-button\" aria-label")
			.contains("class=\"button small\" aria-label=\"Chuyển lên\"",
					"class=\"button small danger retire\" href=\"/plans/" + planId + "/tasks/" + first + "/retire\"");

		String confirm = page("/plans/" + planId + "/tasks/" + first + "/retire", "vanphong");
		assertThat(confirm).contains("Thôi thực hiện nhiệm vụ?", "Nhiệm vụ thứ nhất",
				"action=\"/plans/" + planId + "/tasks/" + first + "/retire\"");
		assertThat(activeTitles(planId)).as("asking retires nothing")
			.containsExactly("Nhiệm vụ thứ nhất", "Nhiệm vụ thứ hai");

		MvcResult retired = mockMvc
			.perform(post("/plans/" + planId + "/tasks/" + first + "/retire").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(redirectedUrl("/plans/" + planId))
			.andExpect(flash().attribute("retiredTaskId", first))
			.andReturn();
		String after = mockMvc
			.perform(get("/plans/" + planId).cookie(sessionOf(retired)).with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("Đã thôi thực hiện nhiệm vụ “Nhiệm vụ thứ nhất”",
				"action=\"/plans/" + planId + "/tasks/" + first + "/restore\"", "Hoàn tác");
		assertThat(activeTitles(planId)).containsExactly("Nhiệm vụ thứ hai");

		mockMvc
			.perform(
					post("/plans/" + planId + "/tasks/" + first + "/restore").with(httpBasic("vanphong", DEMO_PASSWORD))
						.with(csrf()))
			.andExpect(redirectedUrl("/plans/" + planId + "#task-" + first))
			.andExpect(flash().attribute("highlight", first));
		assertThat(activeTitles(planId)).as("back in its place")
			.containsExactly("Nhiệm vụ thứ nhất", "Nhiệm vụ thứ hai");
		assertThat(jdbc.sql("""
				select action from audit_event where entity_type = 'PlanTask' and entity_id = :id order by id""")
			.param("id", String.valueOf(first))
			.query(String.class)
			.list()).containsExactly("CREATE", "DEACTIVATE", "RESTORE");
		assertThat(second).isPositive();
	}

	@Test
	void afterSavingATaskThePageShowsThatTaskHighlighted() throws Exception {
		long planId = newPlan("2/KH-THAOTAC");
		MvcResult saved = mockMvc
			.perform(post("/plans/" + planId + "/tasks").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("title", "Rà soát thủ tục")
				.param("kind", "REGULAR")
				.param("leadUnitIds", String.valueOf(unitId("VP"))))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = saved.getResponse().getRedirectedUrl();
		long taskId = jdbc.sql("select id from plan_task where plan_id = :id")
			.param("id", planId)
			.query(Long.class)
			.single();
		assertThat(location).isEqualTo("/plans/" + planId + "#task-" + taskId);
		String page = mockMvc
			.perform(get("/plans/" + planId).cookie(sessionOf(saved)).with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<tr id=\"task-" + taskId + "\" class=\"highlight\">");
	}

	@Test
	void theGoalPanelShowsTheSeedsFiguresWithoutSignsAndSaysHowTheTotalIsComputed() throws Exception {
		String plan = page("/plans/" + demoPlanId(), "lanhdao");
		assertThat(plan)
			.contains("Còn thiếu 14,99 điểm", "Mục tiêu 70,00 điểm", "Năm 2019: 55,01 điểm", "Năm 2019: hạng 20/23",
					"Cần tăng 10 bậc", "70,25", "Σ (trọng số × chỉ tiêu) ÷ Σ trọng số")
			.doesNotContain("+14,99");
		JsonNode checks = getJson("/api/v1/plans/" + demoPlanId(), "lanhdao").get("checks");
		checks.get("components").forEach(component -> {
			if (!component.get("targetReachesGoalRank").isNull()
					&& !component.get("targetReachesGoalRank").asBoolean()) {
				assertThat(plan).as("named as short of the top 10").contains(component.get("name").asString());
			}
		});
		// one primary action at most; the four exports sit in one menu
		assertThat(plan.split("button primary", -1)).hasSizeLessThanOrEqualTo(2);
		assertThat(plan).contains("<details class=\"menu\">");
	}

	@Test
	void figuresFromIllustrativePeerDataAreLabelledOnThePlanPage() throws Exception {
		JsonNode checks = getJson("/api/v1/plans/" + demoPlanId(), "lanhdao").get("checks");
		assertThat(checks.get("illustrative").asBoolean()).isTrue();
		assertThat(page("/plans/" + demoPlanId(), "lanhdao")).contains("id=\"illustrative-peers\"",
				"tính từ dữ liệu minh họa của các đơn vị khác");
	}

	@Test
	void viewersAndUnitStaffAreNotOfferedWhatTheyCannotUse() throws Exception {
		long planId = demoPlanId();
		for (String user : List.of("skhdt", "qldd")) {
			assertThat(page("/plans", user)).as(user).doesNotContain("href=\"/plans/new\"");
			assertThat(page("/plans/" + planId, user)).as(user)
				.doesNotContain("href=\"/plans/" + planId + "/edit\"", "/tasks/new", "/targets/new", "/retire\"",
						"/revise\"", "/submit\"", "/issue\"", "/copy\"");
		}
		assertThat(page("/plans/" + planId, "qldd")).doesNotContain("href=\"/plans/" + planId + "/history\"");
		assertThat(page("/plans/" + planId, "lanhdao")).contains("href=\"/plans/" + planId + "/history\"");
		assertThat(page("/plans", "vanphong")).contains("href=\"/plans/new\"");
	}

	/**
	 * The session the answer belongs to: flash messages travel in it, and sessions live
	 * in PostgreSQL (so whatever a flash message holds must be storable there).
	 */
	private static Cookie sessionOf(MvcResult result) {
		return result.getResponse().getCookie("SESSION");
	}

	private List<String> activeTitles(long planId) {
		return jdbc.sql("select title from plan_task where plan_id = :id and not retired order by sort_order")
			.param("id", planId)
			.query(String.class)
			.list();
	}

}
