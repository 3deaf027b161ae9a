package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.DashboardScenario.CreatedPlan;
import vn.ddcihub.execution.DashboardScenario.Organisation;
import vn.ddcihub.execution.DashboardScenario.TargetSpec;
import vn.ddcihub.execution.DashboardScenario.TaskSpec;
import vn.ddcihub.execution.domain.ComponentHealth;
import vn.ddcihub.execution.domain.Dashboard;
import vn.ddcihub.execution.domain.Dashboard.ComponentRow;
import vn.ddcihub.execution.domain.Dashboard.TaskRow;
import vn.ddcihub.execution.domain.Dashboard.UnitRow;
import vn.ddcihub.execution.domain.Dashboards;
import vn.ddcihub.execution.domain.Province;
import vn.ddcihub.execution.domain.ProvinceViews;
import vn.ddcihub.execution.domain.TaskStates;

/**
 * The leadership dashboard on a hand-made plan whose reports run January–March 2052, seen
 * on 31/03/2052: component health follows the stated rule, tasks and on-time reports are
 * counted per unit, overdue tasks are listed, the changes since February are the status
 * changes and accepted reports, and each task links to its latest report.
 */
class DashboardTest extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2052, 3, 31);

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Dashboards dashboards;

	@Autowired
	TaskStates taskStates;

	@Autowired
	ProvinceViews province;

	DashboardScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new DashboardScenario(mockMvc, json, accounts, jdbc);
	}

	record Built(Organisation org, CreatedPlan plan, List<Long> periods, long marchReportA, long januaryReportB) {

		long task(String title) {
			return plan.tasks().get(title);
		}

	}

	/**
	 * C1: t1, t3 (A), t2 (B); C2: t4 (B), t5 one-off (A), t6, t7 (A); C3: t8 (A). Unit A
	 * reports every month on time; B reports January late and then nothing.
	 */
	private Built build(String code) throws Exception {
		Organisation org = scenario.organisation(code);
		CreatedPlan plan = scenario.plan(org, "1/KH-" + code, 2052, List.of(
				new TargetSpec("C1", 6.0, 7.0,
						List.of(TaskSpec.monthly("t1", org.unitA()), TaskSpec.monthly("t2", org.unitB()),
								TaskSpec.monthly("t3", org.unitA()))),
				new TargetSpec("C2", 6.0, 7.0,
						List.of(TaskSpec.monthly("t4", org.unitB()),
								new TaskSpec("t5", org.unitA(), LocalDate.of(2052, 12, 31)),
								TaskSpec.monthly("t6", org.unitA()), TaskSpec.monthly("t7", org.unitA()))),
				new TargetSpec("C3", 6.0, 7.0, List.of(TaskSpec.monthly("t8", org.unitA())))));
		List<Long> periods = scenario.monthlyPeriods(plan.id(), 2052, 3);
		Built built = new Built(org, plan, periods, 0, 0);
		long a = org.unitA();
		scenario.report(periods.get(0), a, ReportStatus.ACCEPTED, LocalDate.of(2052, 1, 15),
				entries(built, TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED));
		long januaryB = scenario.report(periods.get(0), org.unitB(), ReportStatus.SUBMITTED, LocalDate.of(2052, 1, 25),
				Map.of(built.task("t2"), TaskStatus.IN_PROGRESS, built.task("t4"), TaskStatus.IN_PROGRESS));
		scenario.report(periods.get(1), a, ReportStatus.ACCEPTED, LocalDate.of(2052, 2, 10),
				entries(built, TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED));
		long marchA = scenario.report(periods.get(2), a, ReportStatus.ACCEPTED, LocalDate.of(2052, 3, 20),
				entries(built, TaskStatus.DONE, TaskStatus.BLOCKED, TaskStatus.IN_PROGRESS));
		return new Built(org, plan, periods, marchA, januaryB);
	}

	/** Unit A's entries: t1, t3 and t5 as given, t6–t8 in progress. */
	private static Map<Long, TaskStatus> entries(Built built, TaskStatus t1, TaskStatus t3, TaskStatus t5) {
		return Map.of(built.task("t1"), t1, built.task("t3"), t3, built.task("t5"), t5, built.task("t6"),
				TaskStatus.IN_PROGRESS, built.task("t7"), TaskStatus.IN_PROGRESS, built.task("t8"),
				TaskStatus.IN_PROGRESS);
	}

	@Test
	void componentsFollowTheStatedRule() throws Exception {
		Built built = build("DBA");
		Dashboard dashboard = dashboards.of(built.plan().id(), TODAY);

		assertThat(dashboard.components()).extracting(ComponentRow::code).containsExactly("C1", "C2", "C3");
		// C1: t2 overdue (B owes February), t3 blocked: 2 of 3 lag, a third or more
		assertThat(health(dashboard, "C1")).isEqualTo(ComponentHealth.OFF_TRACK);
		assertThat(component(dashboard, "C1").judgement().laggingTasks()).isEqualTo(2);
		// C2: only t4 (overdue) of 4 lags
		assertThat(health(dashboard, "C2")).isEqualTo(ComponentHealth.AT_RISK);
		assertThat(component(dashboard, "C2").judgement().laggingTasks()).isEqualTo(1);
		assertThat(health(dashboard, "C3")).isEqualTo(ComponentHealth.ON_TRACK);
		// the organisation has no index results: only the tasks decide
		assertThat(dashboard.goal().latestTotal()).isNull();
		assertThat(dashboard.goal().goalRank()).isEqualTo(10);
		assertThat(dashboard.goal().goalScore()).isEqualTo(70.0);
	}

	@Test
	void unitsOverdueChangesAndLatestReports() throws Exception {
		Built built = build("DBB");
		Dashboard dashboard = dashboards.of(built.plan().id(), TODAY);

		UnitRow a = unit(dashboard, built.org().unitA());
		assertThat(a.tasks()).isEqualTo(6);
		assertThat(a.tasksByStatus()).containsEntry(TaskStatus.DONE, 1)
			.containsEntry(TaskStatus.BLOCKED, 1)
			.containsEntry(TaskStatus.IN_PROGRESS, 4)
			.containsEntry(TaskStatus.NOT_STARTED, 0);
		assertThat(a.overdueTasks()).isZero();
		assertThat(a.periodsDue()).isEqualTo(3);
		assertThat(a.onTime()).isEqualTo(3);
		assertThat(a.onTimePercent()).isEqualTo(100);
		UnitRow b = unit(dashboard, built.org().unitB());
		assertThat(b.tasks()).isEqualTo(2);
		assertThat(b.overdueTasks()).isEqualTo(2);
		assertThat(b.periodsDue()).isEqualTo(3);
		assertThat(b.onTime()).isZero();
		assertThat(b.onTimePercent()).isZero();
		// the Office receives the reports and owes none
		assertThat(dashboard.units()).extracting(UnitRow::unitId).doesNotContain(built.org().office());

		assertThat(dashboard.overdue()).extracting(TaskRow::title).containsExactly("t2", "t4");
		assertThat(dashboard.overdue()).allMatch(t -> t.nextDue().equals(LocalDate.of(2052, 2, 20)));
		assertThat(dashboard.overdue().get(0).latestReportId()).isEqualTo(built.januaryReportB());

		var changes = dashboard.changes();
		assertThat(changes.latest().number()).isEqualTo(3);
		assertThat(changes.previous().number()).isEqualTo(2);
		assertThat(changes.statusChanges()).extracting(c -> c.title() + ": " + c.before() + " → " + c.after())
			.containsExactly("t1: IN_PROGRESS → DONE", "t3: IN_PROGRESS → BLOCKED", "t5: NOT_STARTED → IN_PROGRESS");
		assertThat(changes.statusChanges()).allMatch(c -> c.reportId() == built.marchReportA());
		assertThat(changes.accepted()).singleElement()
			.satisfies(r -> assertThat(r.reportId()).isEqualTo(built.marchReportA()));

		TaskRow t1 = component(dashboard, "C1").tasks().get(0);
		assertThat(t1.title()).isEqualTo("t1");
		assertThat(t1.latestReportId()).isEqualTo(built.marchReportA());
		assertThat(t1.nextDue()).isNull();
	}

	@Test
	void aReturnedReportNoLongerCountsAndTheStateFollowsAtOnce() throws Exception {
		Built built = build("DBC");
		jdbc.sql("update execution_report set status = 'RETURNED' where id = ?").param(built.marchReportA()).update();

		Dashboard dashboard = dashboards.of(built.plan().id(), TODAY);
		TaskRow t1 = component(dashboard, "C1").tasks().get(0);
		assertThat(t1.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(t1.latestReportId()).isNotEqualTo(built.marchReportA());
		// March is now owed again by A: t1 and t3 are overdue since 20/03
		assertThat(dashboard.overdue()).extracting(TaskRow::title).contains("t1", "t3");

		jdbc.sql("update execution_report set status = 'ACCEPTED' where id = ?").param(built.marchReportA()).update();
		assertThat(component(dashboards.of(built.plan().id(), TODAY), "C1").tasks().get(0).status())
			.isEqualTo(TaskStatus.DONE);
		// removing the entry takes the task back to its February state
		jdbc.sql("delete from execution_task_entry where report_id = ? and task_id = ?")
			.params(built.marchReportA(), built.task("t1"))
			.update();
		assertThat(component(dashboards.of(built.plan().id(), TODAY), "C1").tasks().get(0).status())
			.isEqualTo(TaskStatus.IN_PROGRESS);
	}

	/**
	 * The views are kept between requests; a change written straight to the database, as
	 * another application node or a script would, shows at the next request.
	 */
	@Test
	void aChangeMadeElsewhereShowsAtTheNextRequest() throws Exception {
		Built built = build("DBF");
		assertThat(component(dashboards.of(built.plan().id(), TODAY), "C1").tasks().get(0).title()).isEqualTo("t1");
		Province before = province.of(Province.Sort.ORGANISATION, TODAY);
		assertThat(before.rows()).extracting(Province.Row::organisationName).contains("Sở thử DBF");
		// kept: the same view object is answered again while nothing changed
		assertThat(province.of(Province.Sort.ORGANISATION, TODAY).rows()).isEqualTo(before.rows());

		jdbc.sql("update plan_task set title = 't1 đã sửa' where id = ?").param(built.task("t1")).update();
		jdbc.sql("update org_organisation set name = 'Sở thử DBF đổi tên' where id = ?")
			.param(built.org().id())
			.update();

		assertThat(component(dashboards.of(built.plan().id(), TODAY), "C1").tasks().get(0).title())
			.isEqualTo("t1 đã sửa");
		assertThat(province.of(Province.Sort.ORGANISATION, TODAY).rows()).extracting(Province.Row::organisationName)
			.contains("Sở thử DBF đổi tên")
			.doesNotContain("Sở thử DBF");
	}

	@Test
	void theLeaderSeesTheDashboardOthersAreRefused() throws Exception {
		Built built = build("DBD");
		String url = "/api/v1/dashboard?plan=" + built.plan().id();
		JsonNode answer = json.readTree(mockMvc.perform(get(url).with(user(built.org().leader())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(answer.at("/plan/numberSymbol").asString()).isEqualTo("1/KH-DBD");
		assertThat(answer.at("/components").size()).isEqualTo(3);
		// without ?plan=, the leader's own plan
		mockMvc.perform(get("/api/v1/dashboard").with(user(built.org().leader())))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("1/KH-DBD"));
		mockMvc.perform(get("/dashboard").with(user(built.org().leader())))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("1/KH-DBD")
				.contains("Quy tắc xác định tình trạng")
				.contains("Chậm")
				.contains("href=\"#component-" + built.plan().targets().get("C1") + "\""));
		mockMvc.perform(get(url).with(user(built.org().coordinator()))).andExpect(status().isOk());
		mockMvc.perform(get(url).with(user(scenario.account("skhdt")))).andExpect(status().isOk());
		// a unit's staff: forbidden; another organisation: not found
		mockMvc.perform(get(url).with(user(built.org().staff()))).andExpect(status().isForbidden());
		mockMvc.perform(get("/dashboard").with(user(built.org().staff()))).andExpect(status().isForbidden());
		mockMvc.perform(get(url).with(httpBasic("lanhdao", DEMO_PASSWORD))).andExpect(status().isNotFound());
		mockMvc.perform(get("/dashboard?plan=" + built.plan().id()).with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSeedPlanShowsTheGoalAgainstTheLatestEdition() throws Exception {
		JsonNode answer = json.readTree(mockMvc
			.perform(get("/api/v1/dashboard").param("plan", String.valueOf(new ExecutionFixtures(jdbc).seedPlanId()))
				.with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(answer.at("/plan/numberSymbol").asString()).isEqualTo("60/KH-STNMT");
		assertThat(answer.at("/goal/goalRank").asInt()).isEqualTo(10);
		assertThat(answer.at("/goal/goalScore").asDouble()).isEqualTo(70.0);
		assertThat(answer.at("/goal/latestTotal").isNumber()).isTrue();
		assertThat(answer.at("/goal/scoreGap").isNumber()).isTrue();
		mockMvc.perform(get("/").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				// the director's newest plan in force (other tests issue later plans)
				.contains("Bảng điều hành — ")
				.contains("Mở bảng điều hành"));
	}

	private static ComponentRow component(Dashboard dashboard, String code) {
		return dashboard.components().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	private static ComponentHealth health(Dashboard dashboard, String code) {
		return component(dashboard, code).judgement().health();
	}

	private static UnitRow unit(Dashboard dashboard, long unitId) {
		return dashboard.units().stream().filter(u -> u.unitId() == unitId).findFirst().orElseThrow();
	}

}
