package vn.ddcihub.execution.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.execution.domain.ComponentHealth;
import vn.ddcihub.execution.domain.Dashboard;
import vn.ddcihub.execution.domain.Dashboards;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.web.Page;
import vn.ddcihub.web.StartPageCard;
import vn.ddcihub.web.StartPageCard.Figure;
import vn.ddcihub.web.StartPageCard.Link;
import vn.ddcihub.web.StartPageSection;

/**
 * The director's start page opens with the dashboard: the goal's gap, how many components
 * are on track, at risk and off track, and the overdue tasks, linked to the whole
 * dashboard.
 */
@Component
class DashboardStartPageSection implements StartPageSection {

	private final Dashboards dashboards;

	DashboardStartPageSection(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public List<StartPageCard> cards(CurrentUser user, Page page) {
		if (!user.has(Role.LEADER)) {
			return List.of();
		}
		return dashboards.defaultPlan(user)
			.map(planId -> card(dashboards.of(planId, VietnamTime.today()), page))
			.map(List::of)
			.orElse(List.of());
	}

	private static StartPageCard card(Dashboard dashboard, Page page) {
		List<Figure> figures = new java.util.ArrayList<>();
		if (dashboard.goal().latestTotal() != null) {
			figures.add(new Figure(page.t("execution.dashboard.home.total", dashboard.goal().latestYear()),
					page.score(dashboard.goal().latestTotal()), page.t("execution.dashboard.home.rank",
							dashboard.goal().latestRank(), dashboard.goal().unitCount())));
		}
		for (ComponentHealth health : ComponentHealth.values()) {
			long count = dashboard.components().stream().filter(c -> c.judgement().health() == health).count();
			figures.add(new Figure(page.t("execution.dashboard.health." + health.name()), String.valueOf(count),
					page.t("execution.dashboard.home.components")));
		}
		figures.add(new Figure(page.t("execution.dashboard.overdue.title"), String.valueOf(dashboard.overdue().size()),
				page.t("execution.dashboard.home.tasks")));
		return new StartPageCard("dashboard", page.t("execution.dashboard.home.title", dashboard.plan().numberSymbol()),
				figures, List.of(), "",
				new Link(page.t("execution.dashboard.home.open"), "/dashboard?plan=" + dashboard.plan().id()), true);
	}

}
