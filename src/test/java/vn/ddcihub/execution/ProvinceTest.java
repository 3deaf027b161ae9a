package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import vn.ddcihub.execution.domain.Province;
import vn.ddcihub.execution.domain.Province.Row;
import vn.ddcihub.execution.domain.ProvinceViews;

/**
 * The province view puts several organisations' plans side by side with figures only:
 * reports on time, tasks by status, components at risk; sortable; for the province body
 * (VIEWER) and ADMIN, refused to everyone else.
 */
class ProvinceTest extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.of(2053, 3, 31);

	static final String PRIVATE_TEXT = "Nội dung riêng của báo cáo đơn vị";

	@Autowired
	JsonMapper json;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProvinceViews province;

	DashboardScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new DashboardScenario(mockMvc, json, accounts, jdbc);
	}

	/**
	 * Two tasks under one component; unit A reports each month on time with the given
	 * statuses, unit B (if {@code bReports}) too, else never.
	 */
	private CreatedPlan organisationWithPlan(String code, boolean bReports, TaskStatus a, TaskStatus b)
			throws Exception {
		Organisation org = scenario.organisation(code);
		CreatedPlan plan = scenario.plan(org, "1/KH-" + code, 2053, List.of(new TargetSpec("C1", 6.0, 7.0,
				List.of(TaskSpec.monthly("a", org.unitA()), TaskSpec.monthly("b", org.unitB())))));
		for (long period : scenario.monthlyPeriods(plan.id(), 2053, 2)) {
			long report = scenario.report(period, org.unitA(), ReportStatus.ACCEPTED, LocalDate.of(2053, 1, 10),
					Map.of(plan.tasks().get("a"), a));
			jdbc.sql("update execution_task_entry set results = ? where report_id = ?")
				.params(PRIVATE_TEXT, report)
				.update();
			if (bReports) {
				scenario.report(period, org.unitB(), ReportStatus.SUBMITTED, LocalDate.of(2053, 1, 10),
						Map.of(plan.tasks().get("b"), b));
			}
		}
		return plan;
	}

	@Test
	void organisationsSideBySideSortedWorstFirst() throws Exception {
		CreatedPlan good = organisationWithPlan("PVA", true, TaskStatus.DONE, TaskStatus.IN_PROGRESS);
		CreatedPlan poor = organisationWithPlan("PVB", false, TaskStatus.BEHIND, null);

		Province view = province.of(Province.Sort.ON_TIME, TODAY);
		Row goodRow = row(view, good.id());
		assertThat(goodRow.reportsDue()).isEqualTo(4);
		assertThat(goodRow.reportsOnTime()).isEqualTo(4);
		assertThat(goodRow.onTimePercent()).isEqualTo(100);
		assertThat(goodRow.tasksByStatus()).containsEntry(TaskStatus.DONE, 1).containsEntry(TaskStatus.IN_PROGRESS, 1);
		assertThat(goodRow.donePercent()).isEqualTo(50);
		assertThat(goodRow.overdueTasks()).isZero();
		assertThat(goodRow.components()).isEqualTo(1);
		assertThat(goodRow.componentsAtRisk() + goodRow.componentsOffTrack()).isZero();

		Row poorRow = row(view, poor.id());
		assertThat(poorRow.reportsDue()).isEqualTo(4);
		assertThat(poorRow.reportsOnTime()).isEqualTo(2);
		assertThat(poorRow.tasksByStatus()).containsEntry(TaskStatus.BEHIND, 1)
			.containsEntry(TaskStatus.NOT_STARTED, 1);
		assertThat(poorRow.overdueTasks()).isEqualTo(1);
		assertThat(poorRow.componentsOffTrack()).isEqualTo(1);

		List<Long> byOnTime = view.rows().stream().map(Row::planId).toList();
		assertThat(byOnTime.indexOf(poor.id())).isLessThan(byOnTime.indexOf(good.id()));
		List<Long> byName = province.of(Province.Sort.ORGANISATION, TODAY).rows().stream().map(Row::planId).toList();
		assertThat(byName.indexOf(good.id())).isLessThan(byName.indexOf(poor.id()));
		List<Long> byRisk = province.of(Province.Sort.RISK, TODAY).rows().stream().map(Row::planId).toList();
		assertThat(byRisk.indexOf(poor.id())).isLessThan(byRisk.indexOf(good.id()));
	}

	@Test
	void onlyTheProvinceBodyAndAdminSeeItAndNeverAReportText() throws Exception {
		organisationWithPlan("PVC", true, TaskStatus.DONE, TaskStatus.DONE);
		for (String viewer : List.of("skhdt", "ubnd", "admin")) {
			for (String url : List.of("/province", "/api/v1/province", "/province?sort=OVERDUE",
					"/api/v1/province?sort=DONE")) {
				mockMvc.perform(get(url).with(httpBasic(viewer, DEMO_PASSWORD)))
					.andExpect(status().isOk())
					.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Sở thử PVC")
						.contains("60/KH-STNMT")
						.doesNotContain(PRIVATE_TEXT));
			}
		}
		for (String member : List.of("lanhdao", "vanphong", "qldd", "sct")) {
			mockMvc.perform(get("/province").with(httpBasic(member, DEMO_PASSWORD))).andExpect(status().isForbidden());
			mockMvc.perform(get("/api/v1/province").with(httpBasic(member, DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mockMvc.perform(get("/province").with(user(scenario.account("pvc-lanh-dao"))))
			.andExpect(status().isForbidden());
	}

	private static Row row(Province view, long planId) {
		return view.rows().stream().filter(r -> r.planId() == planId).findFirst().orElseThrow();
	}

}
