package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Versions and approval the director controls: the Office submits, the director issues or
 * returns with a comment, each step audited and shown in the API and on the pages; a
 * revision of the issued plan shows its banner and what it changes.
 */
class PlanApprovalTest extends PlanApiTestSupport {

	@Test
	void theOfficeSubmitsTheDirectorReturnsWithACommentThenIssuesTheResubmittedPlan() throws Exception {
		long planId = newPlan("1/KH-DUYET");
		String base = "/api/v1/plans/" + planId;
		assertThat(planStatus(planId)).isEqualTo("DRAFT");

		as("lanhdao", post(base + "/submit")).andExpect(status().isForbidden());
		as("qldd", post(base + "/submit")).andExpect(status().isForbidden());
		as("lanhdao", post(base + "/issue")).andExpect(status().isBadRequest());
		as("vanphong", post(base + "/submit")).andExpect(status().isNoContent());
		assertThat(planStatus(planId)).isEqualTo("SUBMITTED");

		// what the director reads does not change under them, and the Office does not
		// approve its own work
		as("vanphong", put(base).contentType(MediaType.APPLICATION_JSON).content(planJson("Sửa khi đã trình")))
			.andExpect(status().isBadRequest());
		as("vanphong", post(base + "/issue")).andExpect(status().isForbidden());
		as("qldd", post(base + "/issue")).andExpect(status().isForbidden());
		as("skhdt", post(base + "/issue")).andExpect(status().isForbidden());
		as("lanhdao", post(base + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \" \"}"))
			.andExpect(status().isBadRequest());

		as("lanhdao",
				post(base + "/return").contentType(MediaType.APPLICATION_JSON)
					.content("{\"comment\": \"Bổ sung chỉ tiêu C1 trước khi ban hành\"}"))
			.andExpect(status().isNoContent());
		JsonNode returned = getJson(base, "vanphong");
		assertThat(returned.at("/plan/status").asString()).isEqualTo("RETURNED");
		assertThat(returned.at("/approval/reviewComment").asString())
			.isEqualTo("Bổ sung chỉ tiêu C1 trước khi ban hành");
		assertThat(page("/plans/" + planId, "vanphong")).contains("Bổ sung chỉ tiêu C1 trước khi ban hành",
				"Bị trả lại để sửa");

		as("vanphong", put(base).contentType(MediaType.APPLICATION_JSON).content(planJson("Kế hoạch đã bổ sung")))
			.andExpect(status().isNoContent());
		as("vanphong", post(base + "/submit")).andExpect(status().isNoContent());
		assertThat(page("/plans/" + planId, "lanhdao")).contains("href=\"/plans/" + planId + "/issue\"",
				"href=\"/plans/" + planId + "/return\"");
		assertThat(page("/plans/" + planId, "vanphong")).doesNotContain("href=\"/plans/" + planId + "/issue\"");

		as("lanhdao",
				post(base + "/issue").contentType(MediaType.APPLICATION_JSON)
					.content("{\"issuedOn\": \"2026-02-03\", \"signerTitle\": \"PHÓ GIÁM ĐỐC\", "
							+ "\"signerName\": \"Trần Thị B\"}"))
			.andExpect(status().isNoContent());
		JsonNode issued = getJson(base, "vanphong");
		assertThat(issued.at("/plan/status").asString()).isEqualTo("ISSUED");
		assertThat(issued.at("/plan/issuedOn").asString()).isEqualTo("2026-02-03");
		assertThat(issued.at("/plan/signerName").asString()).isEqualTo("Trần Thị B");
		JsonNode version = getJson(base + "/history", "lanhdao").at("/versions/0");
		assertThat(version.get("issuedOn").asString()).isEqualTo("2026-02-03");
		assertThat(version.get("signerName").asString()).isEqualTo("Trần Thị B");
		assertThat(version.get("issuedBy").asString()).isEqualTo("lanhdao");

		assertThat(planSteps(planId)).containsExactly("SUBMIT:vanphong:SUBMITTED", "RETURN:lanhdao:RETURNED",
				"UPDATE:vanphong:RETURNED", "SUBMIT:vanphong:SUBMITTED", "ISSUE:lanhdao:ISSUED");
	}

	@Test
	void editingTheIssuedPlanAsksFirstThenEveryViewShowsTheBannerAndWhatChanged() throws Exception {
		long planId = newPlan("2/KH-DUYET");
		String base = "/api/v1/plans/" + planId;
		long vp = unitId("VP");
		long target = postJson(base + "/targets", "vanphong", Map.of("componentCode", "C1", "componentName",
				"Tính minh bạch", "targetScore", 7.8, "targetText", "đạt trên 7,80 điểm", "leadUnitIds", List.of(vp)));
		long kept = postJson(base + "/tasks", "vanphong", Map.of("targetId", target, "title", "Cập nhật cổng thông tin",
				"kind", "REGULAR", "leadUnitIds", List.of(vp)));
		long retired = postJson(base + "/tasks", "vanphong",
				Map.of("title", "Hội nghị đối thoại", "kind", "REGULAR", "leadUnitIds", List.of(vp)));
		as("vanphong", post(base + "/submit")).andExpect(status().isNoContent());
		as("lanhdao", post(base + "/issue")).andExpect(status().isNoContent());
		String issuedOn = page("/plans/" + planId + "/history", "lanhdao");

		// the page offers a revision and asks before opening it; forms of the issued plan
		// lead there too
		assertThat(page("/plans/" + planId, "vanphong")).contains("href=\"/plans/" + planId + "/revise\"")
			.doesNotContain("href=\"/plans/" + planId + "/edit\"");
		mockMvc.perform(get("/plans/" + planId + "/tasks/" + kept + "/edit").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(redirectedUrl("/plans/" + planId + "/revise"));
		assertThat(page("/plans/" + planId + "/revise", "vanphong")).contains("Mở bản sửa đổi lần 2");
		assertThat(planStatus(planId)).as("asking changes nothing").isEqualTo("ISSUED");
		mockMvc.perform(post("/plans/" + planId + "/revise").with(httpBasic("vanphong", DEMO_PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/plans/" + planId));

		as("vanphong",
				put(base + "/targets/" + target).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("componentCode", "C1", "componentName", "Tính minh bạch",
							"targetScore", 8.0, "targetText", "đạt trên 8,00 điểm", "leadUnitIds", List.of(vp)))))
			.andExpect(status().isNoContent());
		as("vanphong",
				put(base + "/tasks/" + kept).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(Map.of("targetId", target, "title",
							"Cập nhật cổng thông tin hằng tuần", "kind", "REGULAR", "leadUnitIds", List.of(vp)))))
			.andExpect(status().isNoContent());
		as("vanphong", post(base + "/tasks/" + retired + "/retire")).andExpect(status().isNoContent());
		postJson(base + "/tasks", "vanphong",
				Map.of("title", "Khảo sát doanh nghiệp", "kind", "REGULAR", "leadUnitIds", List.of(vp)));

		String date = issuedOnOfVersion(planId, 1);
		String banner = "Bản sửa đổi lần 2 — chưa ban hành; bản có hiệu lực: lần 1 ngày " + date;
		for (String view : List.of("", "/history", "/edit", "/tasks/new", "/changes")) {
			assertThat(page("/plans/" + planId + view, "vanphong")).as(view)
				.contains(banner, "href=\"/plans/" + planId + "/changes\"");
		}
		assertThat(page("/plans/" + planId, "qldd")).contains(banner);
		assertThat(issuedOn).contains(date);

		JsonNode changes = getJson(base + "/changes", "lanhdao");
		assertThat(changes.get("fromRevision").asInt()).isEqualTo(1);
		assertThat(changes.get("toRevision").asInt()).isEqualTo(2);
		List<String> lines = new ArrayList<>();
		changes.get("items")
			.forEach(item -> item.get("fields")
				.forEach(f -> lines.add(item.get("kind").asString() + " " + item.get("label").asString() + " | "
						+ f.get("field").asString() + ": " + f.get("before").asString() + " → "
						+ f.get("after").asString())));
		assertThat(lines).contains("CHANGED C1. Tính minh bạch | targetScore: 7,80 → 8,00",
				"CHANGED C1. Tính minh bạch | targetText: đạt trên 7,80 điểm → đạt trên 8,00 điểm",
				"CHANGED Cập nhật cổng thông tin hằng tuần | title: Cập nhật cổng thông tin → "
						+ "Cập nhật cổng thông tin hằng tuần",
				"ADDED Khảo sát doanh nghiệp | title:  → Khảo sát doanh nghiệp",
				"REMOVED Hội nghị đối thoại | title: Hội nghị đối thoại → ");
		assertThat(page("/plans/" + planId + "/changes", "lanhdao")).contains("7,80", "8,00", "Thêm mới",
				"Khảo sát doanh nghiệp");

		// only once issued is the revision the plan in force: no banner any more
		as("vanphong", post(base + "/submit")).andExpect(status().isNoContent());
		as("lanhdao", post(base + "/issue")).andExpect(status().isNoContent());
		assertThat(page("/plans/" + planId, "vanphong")).doesNotContain("Bản sửa đổi lần");
		mockMvc.perform(get(base + "/changes").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSeedPlanWasIssuedOnItsOwnDateByItsSigner() throws Exception {
		long planId = demoPlanId();
		JsonNode version = getJson("/api/v1/plans/" + planId + "/history", "lanhdao").at("/versions/0");
		assertThat(version.get("revision").asInt()).isEqualTo(1);
		assertThat(version.get("issuedOn").asString()).isEqualTo("2020-06-11");
		assertThat(version.get("signerName").asString()).isEqualTo("Bùi Văn Côi");
		assertThat(page("/plans/" + planId + "/history", "lanhdao")).contains("ban hành ngày 11/06/2020",
				"GIÁM ĐỐC Bùi Văn Côi ký");
	}

	@Test
	void theApiDescribesTheApprovalSteps() throws Exception {
		String api = mockMvc.perform(get("/v3/api-docs").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("/api/v1/plans/{id}/submit", "/api/v1/plans/{id}/return", "/api/v1/plans/{id}/revise",
				"/api/v1/plans/{id}/changes", "\"SUBMITTED\"", "\"RETURNED\"");
	}

	private String planStatus(long planId) throws Exception {
		return getJson("/api/v1/plans/" + planId, "vanphong").at("/plan/status").asString();
	}

	private String issuedOnOfVersion(long planId, int revision) {
		return jdbc
			.sql("select to_char(issued_on, 'DD/MM/YYYY') from plan_version where plan_id = :id and revision = :r")
			.param("id", planId)
			.param("r", revision)
			.query(String.class)
			.single();
	}

	/** The plan's own audited steps, oldest first: action, actor and the status after. */
	private List<String> planSteps(long planId) {
		return jdbc.sql("""
				select action || ':' || actor || ':' || coalesce(after_state ->> 'status', '') from audit_event
				where entity_type = 'Plan' and entity_id = :id and action <> 'CREATE' order by id""")
			.param("id", String.valueOf(planId))
			.query(String.class)
			.list();
	}

	private String planJson(String title) throws Exception {
		return json.writeValueAsString(Map.ofEntries(Map.entry("numberSymbol", "1/KH-DUYET"),
				Map.entry("place", "Lạng Sơn"), Map.entry("issuedOn", "2026-01-15"),
				Map.entry("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), Map.entry("title", title), Map.entry("year", 2026),
				Map.entry("baselineYear", 2025), Map.entry("targetYear", 2026), Map.entry("signerTitle", "GIÁM ĐỐC"),
				Map.entry("signerName", "Nguyễn Văn A"), Map.entry("goalTotalScore", 70.0),
				Map.entry("goalTotalRank", 10)));
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mockMvc.perform(request.with(httpBasic(user, DEMO_PASSWORD)));
	}

}
