package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.StatementCounter;
import vn.ddcihub.execution.DashboardScenario.CreatedPlan;
import vn.ddcihub.execution.DashboardScenario.Organisation;
import vn.ddcihub.execution.DashboardScenario.TargetSpec;
import vn.ddcihub.execution.DashboardScenario.TaskSpec;

/**
 * The dashboard and the province view cost the same number of SQL statements however many
 * organisations, plans, tasks and reports there are.
 */
class DashboardQueryCountTest extends IntegrationTest {

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Test
	void statementsDoNotGrowWithOrganisationsTasksOrReports() throws Exception {
		DashboardScenario scenario = new DashboardScenario(mockMvc, json, accounts, jdbc);
		Organisation first = scenario.organisation("QCA");
		CreatedPlan small = plan(scenario, first, "1/KH-QCA", 1, 1);
		UserDetails viewer = scenario.account("skhdt");
		Map<String, Integer> before = counts(first, small, viewer);

		CreatedPlan big = plan(scenario, first, "2/KH-QCA", 3, 4);
		for (String code : List.of("QCB", "QCC", "QCD")) {
			plan(scenario, scenario.organisation(code), "1/KH-" + code, 2, 3);
		}
		Map<String, Integer> after = counts(first, small, viewer);

		assertThat(after).isEqualTo(before);
		// nor with the size of the plan shown: 1 × 1 tasks against 3 × 4, with reports
		assertThat(counts(first, big, viewer).values()).containsExactlyElementsOf(before.values());
		mockMvc.perform(get("/api/v1/province").with(user(viewer)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("1/KH-QCD"));
	}

	/** Targets × tasks, each task's lead unit reporting in two 2054 periods. */
	private CreatedPlan plan(DashboardScenario scenario, Organisation org, String number, int targets, int tasks)
			throws Exception {
		List<TargetSpec> specs = new ArrayList<>();
		for (int t = 1; t <= targets; t++) {
			List<TaskSpec> taskSpecs = new ArrayList<>();
			for (int k = 1; k <= tasks; k++) {
				taskSpecs.add(TaskSpec.monthly(number + " C" + t + " t" + k, k % 2 == 0 ? org.unitA() : org.unitB()));
			}
			specs.add(new TargetSpec("C" + t, 6.0, 7.0, taskSpecs));
		}
		CreatedPlan plan = scenario.plan(org, number, 2054, specs);
		for (long period : scenario.monthlyPeriods(plan.id(), 2054, 2)) {
			for (long unit : List.of(org.unitA(), org.unitB())) {
				Map<Long, TaskStatus> entries = new LinkedHashMap<>();
				plan.tasks().values().forEach(task -> entries.put(task, TaskStatus.IN_PROGRESS));
				scenario.report(period, unit, ReportStatus.ACCEPTED, LocalDate.of(2054, 1, 5), entries);
			}
		}
		return plan;
	}

	private Map<String, Integer> counts(Organisation org, CreatedPlan plan, UserDetails viewer) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String url : List.of("/dashboard?plan=" + plan.id(), "/api/v1/dashboard?plan=" + plan.id())) {
			counts.put("leader " + url, fewest(url, org.leader()));
		}
		for (String url : List.of("/province", "/api/v1/province")) {
			counts.put("viewer " + url, fewest(url, viewer));
		}
		return counts;
	}

	@Test
	void aViewReadAgainWhileNothingChangedIsNotBuiltAgain() throws Exception {
		DashboardScenario scenario = new DashboardScenario(mockMvc, json, accounts, jdbc);
		Organisation org = scenario.organisation("QCK");
		CreatedPlan plan = plan(scenario, org, "1/KH-QCK", 2, 3);
		for (String url : List.of("/api/v1/dashboard?plan=" + plan.id(), "/api/v1/province")) {
			UserDetails reader = url.contains("province") ? scenario.account("skhdt") : org.leader();
			int built = fewest(url, reader);
			int kept = StatementCounter
				.statementsOf(() -> mockMvc.perform(get(url).with(user(reader))).andExpect(status().isOk()));
			assertThat(kept).as(url).isLessThan(built).isLessThanOrEqualTo(5);
		}
	}

	/**
	 * The fewest statements of three calls, each building the view (the views are kept
	 * until the data changes, so the data is marked changed first): the index's results
	 * cache checks its change stamp at most every 250 ms, which may add one statement to
	 * any call.
	 */
	private int fewest(String url, UserDetails reader) throws Exception {
		int fewest = Integer.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			jdbc.sql("update change_stamp set counter = counter + 1 where name = 'execution'").update();
			fewest = Math.min(fewest, StatementCounter
				.statementsOf(() -> mockMvc.perform(get(url).with(user(reader))).andExpect(status().isOk())));
		}
		return fewest;
	}

}
