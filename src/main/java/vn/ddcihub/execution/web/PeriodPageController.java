package vn.ddcihub.execution.web;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.execution.domain.PeriodDetail;
import vn.ddcihub.execution.domain.Periods;
import vn.ddcihub.execution.domain.ReopenInput;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnamTime;

/**
 * Pages of reporting periods (kỳ báo cáo): a plan's periods with their reports by status,
 * one period with every unit expected to report, closing and reopening (the Office).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PeriodPageController {

	private final Periods periods;

	private final PlanApi plans;

	PeriodPageController(Periods periods, PlanApi plans) {
		this.periods = periods;
		this.plans = plans;
	}

	@Bean
	static NavigationEntry periodsNavigation() {
		return new NavigationEntry(22, "nav.periods", "/periods", Set.of());
	}

	/** Without a plan: the newest plan the user may read. */
	@GetMapping(path = "/periods", params = "!plan")
	String newestPlan(@AuthenticationPrincipal CurrentUser user, Model model) {
		return plans.visiblePlans(user)
			.stream()
			.max(Comparator.comparingInt(Plan::year).thenComparingLong(Plan::id))
			.map(plan -> "redirect:/periods?plan=" + plan.id())
			.orElse("redirect:/plans");
	}

	@GetMapping(path = "/periods", params = "plan")
	@PreAuthorize("@planAccess.canRead(principal, #plan)")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam long plan, Model model) {
		Plan header = plans.outline(plan).orElseThrow().plan();
		model.addAttribute("plan", header);
		model.addAttribute("periods", periods.ofPlan(plan));
		model.addAttribute("today", VietnamTime.today());
		return "execution/periods";
	}

	@GetMapping("/periods/{periodId}")
	@PreAuthorize("@executionAccess.canReadPeriod(principal, #periodId)")
	String period(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, Model model) {
		return periodPage(user, periodId, FormState.of(ReopenInput.empty()), model);
	}

	@PostMapping("/periods/{periodId}/close")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #periodId)")
	String close(@PathVariable long periodId, RedirectAttributes flash) {
		periods.close(periodId);
		flash.addFlashAttribute("changed", "closed");
		return "redirect:/periods/" + periodId;
	}

	@PostMapping("/periods/{periodId}/reopen")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #periodId)")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
			@Valid @ModelAttribute ReopenInput form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			periods.reopen(periodId, form);
			flash.addFlashAttribute("changed", "reopened");
			return "redirect:/periods/" + periodId;
		}, typed -> periodPage(user, periodId, typed, model));
	}

	private String periodPage(CurrentUser user, long periodId, FormState reopen, Model model) {
		PeriodDetail detail = periods.detail(periodId);
		Plan plan = plans.outline(detail.period().planId()).orElseThrow().plan();
		model.addAttribute("detail", detail);
		model.addAttribute("today", VietnamTime.today());
		model.addAttribute("canManage", user.canManage(plan.organisationId()));
		model.addAttribute("userUnitId", user.unitId());
		model.addAttribute("canReportFor",
				(java.util.function.Predicate<Long>) unit -> user.canChangeUnitWork(plan.organisationId(), unit));
		model.addAttribute("reopen", reopen);
		return "execution/period";
	}

}
