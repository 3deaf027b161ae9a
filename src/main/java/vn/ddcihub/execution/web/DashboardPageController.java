package vn.ddcihub.execution.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.execution.domain.Dashboard;
import vn.ddcihub.execution.domain.Dashboards;
import vn.ddcihub.execution.domain.Province;
import vn.ddcihub.execution.domain.ProvinceViews;
import vn.ddcihub.index.ComponentKpis;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnamTime;

/**
 * The leadership dashboard (bảng điều hành) of a plan, and the province view (toàn tỉnh)
 * of every organisation's plans.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DashboardPageController {

	private final Dashboards dashboards;

	private final ProvinceViews province;

	private final ObjectProvider<ComponentKpis> kpis;

	DashboardPageController(Dashboards dashboards, ProvinceViews province, ObjectProvider<ComponentKpis> kpis) {
		this.dashboards = dashboards;
		this.province = province;
		this.kpis = kpis;
	}

	@Bean
	static NavigationEntry dashboardNavigation() {
		return new NavigationEntry(5, "execution.dashboard.nav", "/dashboard",
				Set.of("LEADER", "COORDINATOR", "ADMIN"));
	}

	@Bean
	static NavigationEntry provinceNavigation() {
		return new NavigationEntry(6, "execution.province.nav", "/province", Set.of("VIEWER", "ADMIN"));
	}

	@GetMapping("/dashboard")
	@PreAuthorize("@executionAccess.canSeeDashboard(principal, #plan)")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long plan,
			Model model) {
		Long planId = plan != null ? plan : dashboards.defaultPlan(user).orElse(null);
		Dashboard dashboard = planId == null ? null : dashboards.of(planId, VietnamTime.today());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("kpis", kpiTiles(dashboard));
		return "execution/dashboard";
	}

	/** The plan organisation's operational KPI tiles of the plan's year, by component. */
	private Map<String, List<ComponentKpis.KpiTile>> kpiTiles(Dashboard dashboard) {
		ComponentKpis source = kpis.getIfAvailable();
		if (source == null || dashboard == null) {
			return Map.of();
		}
		return ComponentKpis.byComponent(source.tiles(dashboard.plan().organisationId(), dashboard.plan().year()));
	}

	@GetMapping("/province")
	@PreAuthorize("@executionAccess.canSeeProvince(principal)")
	String province(@RequestParam(defaultValue = "RISK") Province.Sort sort, Model model) {
		model.addAttribute("province", province.of(sort, VietnamTime.today()));
		return "execution/province";
	}

}
