package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.StatementCounter;

/**
 * The plan list, my work and a plan's page cost the same number of SQL statements however
 * many plans and tasks there are: filtering happens in SQL, nothing is read once per plan
 * or per task.
 */
class PlanQueryCountTest extends IntegrationTest {

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Test
	void listsMyWorkAndPlanPagesDoNotGrowWithThePlansAndTasks() throws Exception {
		Organisation org = newOrganisation("QC1");
		long firstPlan = plan(org, "1/KH-QC", 1, 2);
		Map<String, Integer> before = statementCounts(org, firstPlan);
		List<String> firstStaffTasks = titles("/api/v1/my-work", org.staff());

		long biggerPlan = 0;
		for (int p = 2; p <= 6; p++) {
			biggerPlan = plan(org, p + "/KH-QC", 3, 4);
		}
		Map<String, Integer> after = statementCounts(org, firstPlan);

		assertThat(after).isEqualTo(before);
		// nor with the targets and tasks of the plan shown (1 × 2 tasks against 3 × 4)
		assertThat(statementCounts(org, biggerPlan).values()).containsExactlyElementsOf(before.values());
		// The same pages now show the new plans and tasks: the counts above were taken
		// over real work.
		assertThat(json("/api/v1/plans", org.coordinator())).hasSize(6);
		assertThat(json("/api/v1/my-work", org.coordinator())).hasSize(2 + 5 * 3 * 4);
		List<String> staffTasks = titles("/api/v1/my-work", org.staff());
		assertThat(staffTasks).hasSize(firstStaffTasks.size() + 5 * 3 * 2)
			.containsAll(firstStaffTasks)
			.allMatch(title -> title.contains("đơn vị A"));
		assertThat(titles("/api/v1/my-work", account("skhdt"))).containsAll(staffTasks);
		assertThat(titles("/api/v1/my-work", account("vanphong"))).doesNotContainAnyElementsOf(staffTasks);
	}

	/**
	 * Statements per request of each main read, for the organisation's coordinator, its
	 * unit staff and a viewer.
	 */
	private Map<String, Integer> statementCounts(Organisation org, long planId) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (UserDetails reader : List.of(org.coordinator(), org.staff(), account("skhdt"))) {
			for (String url : List.of("/plans", "/api/v1/plans", "/my-work", "/my-work?by=unit", "/api/v1/my-work",
					"/plans/" + planId, "/api/v1/plans/" + planId)) {
				counts.put(reader.getUsername() + " " + url, StatementCounter
					.statementsOf(() -> mockMvc.perform(get(url).with(user(reader))).andExpect(status().isOk())));
			}
		}
		return counts;
	}

	record Organisation(long id, long unitA, long unitB, UserDetails coordinator, UserDetails staff) {
	}

	private Organisation newOrganisation(String code) throws Exception {
		UserDetails admin = account("admin");
		long id = create("/api/v1/organisations", admin,
				Map.of("code", code, "name", "Cơ quan thử " + code, "kind", "DEPARTMENT"));
		long unitA = create("/api/v1/units", admin,
				Map.of("organisationId", id, "code", "A", "name", "Phòng A của " + code));
		long unitB = create("/api/v1/units", admin,
				Map.of("organisationId", id, "code", "B", "name", "Phòng B của " + code));
		String prefix = code.toLowerCase();
		create("/api/v1/users", admin, Map.of("username", prefix + "-dau-moi", "displayName", "Đầu mối " + code,
				"organisationId", id, "unitId", unitA, "roles", List.of("COORDINATOR"), "password", "mat-khau-thu"));
		create("/api/v1/users", admin, Map.of("username", prefix + "-can-bo", "displayName", "Cán bộ " + code,
				"organisationId", id, "unitId", unitA, "roles", List.of("UNIT_STAFF"), "password", "mat-khau-thu"));
		return new Organisation(id, unitA, unitB, account(prefix + "-dau-moi"), account(prefix + "-can-bo"));
	}

	/**
	 * A plan with {@code targets} component targets of {@code tasksPerTarget} tasks each:
	 * the even tasks led by unit A (B coordinating), the odd ones by unit B alone.
	 */
	private long plan(Organisation org, String number, int targets, int tasksPerTarget) throws Exception {
		long planId = create("/api/v1/plans", org.coordinator(),
				Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
						Map.entry("issuedOn", "2026-01-15"), Map.entry("issuer", "CƠ QUAN THỬ"),
						Map.entry("title", "Kế hoạch " + number), Map.entry("year", 2026),
						Map.entry("baselineYear", 2025), Map.entry("targetYear", 2026),
						Map.entry("signerTitle", "GIÁM ĐỐC"), Map.entry("signerName", "Nguyễn Văn A")));
		for (int t = 1; t <= targets; t++) {
			long targetId = create("/api/v1/plans/" + planId + "/targets", org.coordinator(), Map.of("componentCode",
					"C" + t, "componentName", "Chỉ số " + t, "targetScore", 7.5, "leadUnitIds", List.of(org.unitA())));
			for (int k = 1; k <= tasksPerTarget; k++) {
				boolean unitA = k % 2 == 0;
				create("/api/v1/plans/" + planId + "/tasks", org.coordinator(),
						Map.of("targetId", targetId, "title",
								number + " C" + t + " nhiệm vụ " + k + (unitA ? " đơn vị A" : " đơn vị B"), "kind",
								"MONTHLY", "dueDay", 10 + k, "leadUnitIds", List.of(unitA ? org.unitA() : org.unitB()),
								"coordinatingUnitIds", unitA ? List.of(org.unitB()) : List.of()));
			}
		}
		return planId;
	}

	private UserDetails account(String username) {
		return accounts.loadUserByUsername(username);
	}

	private long create(String url, UserDetails actor, Object body) throws Exception {
		String answer = mockMvc
			.perform(post(url).with(user(actor))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer).get("id").asLong();
	}

	private List<JsonNode> json(String url, UserDetails reader) throws Exception {
		JsonNode answer = json.readTree(mockMvc.perform(get(url).with(user(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<JsonNode> items = new ArrayList<>();
		answer.forEach(items::add);
		return items;
	}

	private List<String> titles(String url, UserDetails reader) throws Exception {
		return json(url, reader).stream().map(item -> item.at("/task/title").asString()).toList();
	}

}
