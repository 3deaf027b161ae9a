package vn.ddcihub.plan.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.WorkItem;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.web.Page;
import vn.ddcihub.web.StartPageCard;
import vn.ddcihub.web.StartPageCard.Item;
import vn.ddcihub.web.StartPageCard.Link;
import vn.ddcihub.web.StartPageSection;

/**
 * The plans' cards on the start page: the newest plans the user may read, and the work
 * due soonest.
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
		return List.of(recentPlans(user, page), dueSoon(user, page));
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

	private StartPageCard dueSoon(CurrentUser user, Page page) {
		List<WorkItem> work = plans.myWork(user, VietnamTime.today());
		List<Item> items = work.stream()
			.filter(item -> item.nextDue() != null)
			.sorted(Comparator.comparing(WorkItem::nextDue))
			.limit(DUE_SOON_SHOWN)
			.map(item -> new Item(page.date(item.nextDue()), item.task().title(),
					"/plans/" + item.planId() + "#task-" + item.task().id(), null))
			.toList();
		return new StartPageCard("work", page.t("plan.home.work", work.size()), List.of(), items,
				page.t("plan.home.noDue"), new Link(page.t("plan.home.allWork"), "/my-work"), false);
	}

}
