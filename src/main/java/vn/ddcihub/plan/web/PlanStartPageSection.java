package vn.ddcihub.plan.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.web.Page;
import vn.ddcihub.web.StartPageCard;
import vn.ddcihub.web.StartPageCard.Item;
import vn.ddcihub.web.StartPageSection;

/**
 * The plans' card on the start page: the newest plans the user may read (the work due
 * soonest is the to-do list's card).
 */
@Component
class PlanStartPageSection implements StartPageSection {

	private static final int PLANS_SHOWN = 5;

	private static final int DUE_SOON_SHOWN = 8;

	private final PlanApi plans;

	PlanStartPageSection(PlanApi plans) {
		this.plans = plans;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<StartPageCard> cards(CurrentUser user, Page page) {
		return List.of(recentPlans(user, page));
	}

	private StartPageCard recentPlans(CurrentUser user, Page page) {
		List<Item> items = plans.visiblePlans(user)
			.stream()
			.sorted(Comparator.comparingInt(Plan::year).reversed())
			.limit(PLANS_SHOWN)
			.map(plan -> new Item(null, plan.numberSymbol() + " — " + plan.title(), "/plans/" + plan.id(),
					page.t("plan.status." + plan.status().name())))
			.toList();
		return new StartPageCard("plans", page.t("plan.home.plans"), List.of(), items, page.t("plan.home.noPlans"),
				null, false);
	}

}
