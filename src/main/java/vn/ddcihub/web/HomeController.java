package vn.ddcihub.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanService;
import vn.ddcihub.plan.WorkItem;
import vn.ddcihub.shared.VietnamTime;

/**
 * The sign-in page, and the start page: where the user's organisation stands in the latest DDCI
 * edition, its plans, and the work due soonest for the user's unit.
 */
@Controller
class HomeController {

	private static final int DUE_SOON_SHOWN = 8;

	private final IndexApi index;
	private final PlanService plans;

	HomeController(IndexApi index, PlanService plans) {
		this.index = index;
		this.plans = plans;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		LocalDate today = VietnamTime.today();
		model.addAttribute("standing", standing(user).orElse(null));
		List<Plan> visible = plans.visiblePlans(user);
		model.addAttribute("plans", visible.stream().sorted(Comparator.comparingInt(Plan::year).reversed()).limit(5).toList());
		List<WorkItem> work = plans.myWork(user, today);
		model.addAttribute("workCount", work.size());
		model.addAttribute("dueSoon", work.stream().filter(item -> item.nextDue() != null)
			.sorted(Comparator.comparing(WorkItem::nextDue)).limit(DUE_SOON_SHOWN).toList());
		return "web/home";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String logout, Model model) {
		model.addAttribute("error", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("loggedOut", logout != null);
		return "web/login";
	}

	/** The user's organisation in the newest edition of its block, when it is an assessed unit. */
	private Optional<UnitStanding> standing(CurrentUser user) {
		if (user.organisationId() == null) {
			return Optional.empty();
		}
		return index.assessedUnitOf(user.organisationId()).flatMap(unit -> index.editionYears(unit.block()).stream()
			.findFirst()
			.flatMap(year -> index.standing(year, unit.block(), unit.code())));
	}
}
