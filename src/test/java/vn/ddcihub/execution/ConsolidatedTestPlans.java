package vn.ddcihub.execution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A small plan of the STNMT department made through the API for the consolidated report
 * tests, so their accepted reports never change the seed plan's task statuses: two
 * component targets (C1 "đạt trên 6,50 điểm", below the department's scores of 2019 and
 * 2020; C2 "đạt trên 9,50 điểm", above both), a task under each and one in the general
 * section.
 */
final class ConsolidatedTestPlans {

	private final MockMvc mockMvc;

	private final JsonMapper json = JsonMapper.builder().build();

	ConsolidatedTestPlans(MockMvc mockMvc) {
		this.mockMvc = mockMvc;
	}

	record TestPlan(long id, long c1, long c2, long landTask, long portalTask, long generalTask) {
	}

	TestPlan create(String number, int year, long qldd, long ttcntt, long vp) throws Exception {
		long plan = post("/api/v1/plans",
				Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
						Map.entry("issuedOn", year + "-01-15"), Map.entry("issuerParent", "UBND TỈNH LẠNG SƠN"),
						Map.entry("issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
						Map.entry("title", "Nâng cao chỉ số DDCI năm " + year), Map.entry("year", year),
						Map.entry("baselineYear", 2019), Map.entry("targetYear", year),
						Map.entry("signerTitle", "GIÁM ĐỐC"), Map.entry("signerName", "Bùi Văn Côi"),
						Map.entry("goalTotalScore", 70.0), Map.entry("goalTotalRank", 10)));
		String base = "/api/v1/plans/" + plan;
		long c1 = post(base + "/targets",
				Map.of("componentCode", "C1", "componentName", "Tính minh bạch và tiếp cận thông tin", "targetScore",
						6.5, "baselineScore", 6.77, "baselineRank", 15, "leadUnitIds", List.of(vp)));
		long c2 = post(base + "/targets", Map.of("componentCode", "C2", "componentName", "Tính năng động",
				"targetScore", 9.5, "baselineScore", 6.83, "leadUnitIds", List.of(vp)));
		long land = post(base + "/tasks", Map.of("targetId", c1, "title", "Rút ngắn thời gian giải quyết hồ sơ đất đai",
				"kind", "MONTHLY", "dueDay", 25, "leadUnitIds", List.of(qldd), "coordinatingUnitIds", List.of(ttcntt)));
		long portal = post(base + "/tasks", Map.of("targetId", c2, "title", "Cập nhật cổng thông tin điện tử", "kind",
				"MONTHLY", "dueDay", 25, "leadUnitIds", List.of(ttcntt)));
		long general = post(base + "/tasks", Map.of("title", "Tổng hợp báo cáo kết quả thực hiện", "kind", "MONTHLY",
				"dueDay", 25, "leadUnitIds", List.of(qldd)));
		return new TestPlan(plan, c1, c2, land, portal, general);
	}

	private long post(String url, Object payload) throws Exception {
		String body = mockMvc
			.perform(MockMvcRequestBuilders.post(url)
				.with(httpBasic("vanphong", "demo123"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(payload)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

}
