package vn.ddcihub.execution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.execution.domain.Dashboard;
import vn.ddcihub.execution.domain.Dashboards;
import vn.ddcihub.execution.domain.Province;
import vn.ddcihub.execution.domain.ProvinceViews;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;

/** The leadership dashboard and the province view as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bảng điều hành", description = "Leadership dashboard of a plan and the province view")
@PreAuthorize("isAuthenticated()")
class DashboardApiController {

	private final Dashboards dashboards;

	private final ProvinceViews province;

	DashboardApiController(Dashboards dashboards, ProvinceViews province) {
		this.dashboards = dashboards;
		this.province = province;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("@executionAccess.canSeeDashboard(principal, #plan)")
	@Operation(summary = "A plan's dashboard: goal and gap, components' health with the rule, units, overdue tasks, "
			+ "changes since the previous period (the user's newest plan in force without ?plan=)")
	Dashboard dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long plan) {
		long planId = plan != null ? plan
				: dashboards.defaultPlan(user).orElseThrow(() -> new NotFoundException("execution.dashboard.noPlan"));
		return dashboards.of(planId, VietnamTime.today());
	}

	@GetMapping("/province")
	@PreAuthorize("@executionAccess.canSeeProvince(principal)")
	@Operation(summary = "Every organisation's plans in force side by side (VIEWER, ADMIN); figures only")
	Province province(@RequestParam(defaultValue = "RISK") Province.Sort sort) {
		return province.of(sort, VietnamTime.today());
	}

}
