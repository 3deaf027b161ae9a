package vn.ddcihub.execution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation of its own for dashboard tests (units VP — the Office that receives
 * reports —, A and B; a leader, a coordinator and a unit's staff) with plans built
 * through the API and marked in force, and unit reports written with
 * {@link ExecutionFixtures} in the years 2051–2055, so nothing here meets the seed or
 * other tests.
 */
public class DashboardScenario {

	private final MockMvc mockMvc;

	private final JsonMapper json;

	private final UserDetailsService accounts;

	private final JdbcClient jdbc;

	public final ExecutionFixtures fixtures;

	public DashboardScenario(MockMvc mockMvc, JsonMapper json, UserDetailsService accounts, JdbcClient jdbc) {
		this.mockMvc = mockMvc;
		this.json = json;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.fixtures = new ExecutionFixtures(jdbc);
	}

	public record Organisation(String code, long id, long office, long unitA, long unitB, UserDetails leader,
			UserDetails coordinator, UserDetails staff) {
	}

	public Organisation organisation(String code) throws Exception {
		UserDetails admin = account("admin");
		long id = create("/api/v1/organisations", admin,
				Map.of("code", code, "name", "Sở thử " + code, "kind", "DEPARTMENT"));
		long office = unit(admin, id, "VP", "Văn phòng " + code);
		long unitA = unit(admin, id, "A", "Phòng A " + code);
		long unitB = unit(admin, id, "B", "Phòng B " + code);
		String prefix = code.toLowerCase();
		newUser(admin, prefix + "-lanh-dao", id, null, "LEADER");
		newUser(admin, prefix + "-van-phong", id, office, "COORDINATOR");
		newUser(admin, prefix + "-can-bo", id, unitA, "UNIT_STAFF");
		return new Organisation(code, id, office, unitA, unitB, account(prefix + "-lanh-dao"),
				account(prefix + "-van-phong"), account(prefix + "-can-bo"));
	}

	/** A task to create: its title, lead unit and, for a one-off task, its deadline. */
	public record TaskSpec(String title, long leadUnit, LocalDate deadline) {

		public static TaskSpec monthly(String title, long leadUnit) {
			return new TaskSpec(title, leadUnit, null);
		}

	}

	/** A target of the plan: component code, baseline, target score and its tasks. */
	public record TargetSpec(String code, Double baseline, Double target, List<TaskSpec> tasks) {
	}

	public record CreatedPlan(long id, Map<String, Long> targets, Map<String, Long> tasks) {
	}

	/** A plan in force (issued) with the given targets, goal top 10 and ≥ 70 points. */
	public CreatedPlan plan(Organisation org, String number, int year, List<TargetSpec> targets) throws Exception {
		long planId = create("/api/v1/plans", org.coordinator(),
				Map.ofEntries(Map.entry("numberSymbol", number), Map.entry("place", "Lạng Sơn"),
						Map.entry("issuedOn", year + "-01-15"), Map.entry("issuer", "SỞ THỬ"),
						Map.entry("title", "Kế hoạch thử " + number), Map.entry("year", year),
						Map.entry("baselineYear", year - 1), Map.entry("targetYear", year),
						Map.entry("goalTotalRank", 10), Map.entry("goalTotalScore", 70),
						Map.entry("signerTitle", "GIÁM ĐỐC"), Map.entry("signerName", "Nguyễn Văn A")));
		Map<String, Long> targetIds = new LinkedHashMap<>();
		Map<String, Long> taskIds = new LinkedHashMap<>();
		for (TargetSpec target : targets) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("componentCode", target.code());
			body.put("componentName", "Chỉ số " + target.code());
			body.put("baselineScore", target.baseline());
			body.put("targetScore", target.target());
			body.put("leadUnitIds", List.of(org.unitA()));
			long targetId = create("/api/v1/plans/" + planId + "/targets", org.coordinator(), body);
			targetIds.put(target.code(), targetId);
			for (TaskSpec task : target.tasks()) {
				Map<String, Object> t = new LinkedHashMap<>();
				t.put("targetId", targetId);
				t.put("title", task.title());
				t.put("kind", task.deadline() == null ? "MONTHLY" : "ONE_OFF");
				if (task.deadline() == null) {
					t.put("dueDay", 20);
				}
				else {
					t.put("deadline", task.deadline().toString());
				}
				t.put("leadUnitIds", List.of(task.leadUnit()));
				taskIds.put(task.title(), create("/api/v1/plans/" + planId + "/tasks", org.coordinator(), t));
			}
		}
		jdbc.sql("update plan_plan set status = 'ISSUED', revision = 1 where id = ?").param(planId).update();
		return new CreatedPlan(planId, targetIds, taskIds);
	}

	/** Monthly periods 1..months of {@code year}, due on the 20th; their ids in order. */
	public List<Long> monthlyPeriods(long planId, int year, int months) {
		long line = fixtures.monthlyLine(planId, year, 20);
		List<Long> periods = new ArrayList<>();
		for (int month = 1; month <= months; month++) {
			periods.add(fixtures.monthlyPeriod(line, year, month, 20));
		}
		return periods;
	}

	/**
	 * A unit's report in a status, submitted on {@code submittedOn} (null: never), with
	 * one lead entry per task.
	 */
	public long report(long periodId, long unitId, ReportStatus status, LocalDate submittedOn,
			Map<Long, TaskStatus> entries) {
		long report = fixtures.report(periodId, unitId, status);
		if (submittedOn != null) {
			jdbc.sql("update execution_report set submitted_at = ? where id = ?")
				.params(OffsetDateTime.of(submittedOn.atTime(9, 0), ZoneOffset.ofHours(7)), report)
				.update();
		}
		entries.forEach((task, taskStatus) -> fixtures.entry(report, task, "LEAD", taskStatus, 50, "Kết quả"));
		return report;
	}

	public UserDetails account(String username) {
		return accounts.loadUserByUsername(username);
	}

	private long unit(UserDetails admin, long organisationId, String code, String name) throws Exception {
		return create("/api/v1/units", admin, Map.of("organisationId", organisationId, "code", code, "name", name));
	}

	private void newUser(UserDetails admin, String username, long organisationId, Long unitId, String role)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "Người dùng " + username);
		body.put("organisationId", organisationId);
		body.put("unitId", unitId);
		body.put("roles", List.of(role));
		body.put("password", "mat-khau-thu");
		create("/api/v1/users", admin, body);
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

}
