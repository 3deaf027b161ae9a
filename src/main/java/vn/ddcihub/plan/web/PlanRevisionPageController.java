package vn.ddcihub.plan.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.domain.IssueDecision;
import vn.ddcihub.plan.domain.PlanRevisions;
import vn.ddcihub.plan.domain.PlanService;
import vn.ddcihub.plan.domain.ReturnDecision;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;

/**
 * Pages of a plan's approval: opening a revision of the issued plan (asked first),
 * submitting it, the director's issue and return forms, and what the revision changes
 * against the version in force.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class PlanRevisionPageController {

	private final PlanService plans;

	private final PlanRevisions revisions;

	PlanRevisionPageController(PlanService plans, PlanRevisions revisions) {
		this.plans = plans;
		this.revisions = revisions;
	}

	/** Asks before an issued plan is opened for a revision. */
	@GetMapping("/plans/{id}/revise")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String confirmRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("detail", plans.detail(user, id));
		return "plan/revise";
	}

	@PostMapping("/plans/{id}/revise")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String revise(@PathVariable long id, RedirectAttributes flash) {
		revisions.revise(id);
		flash.addFlashAttribute("done", "plan.review.opened");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/submit")
	@PreAuthorize("@planAccess.canManage(principal, #id)")
	String submit(@PathVariable long id, RedirectAttributes flash) {
		revisions.submit(id);
		flash.addFlashAttribute("done", "plan.review.submitted");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/issue")
	@PreAuthorize("@planAccess.canApprove(principal, #id)")
	String issueForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return decision(user, model, id, "issue", FormState.of(IssueDecision.defaultsFor(plans.plan(id))));
	}

	@PostMapping("/plans/{id}/issue")
	@PreAuthorize("@planAccess.canApprove(principal, #id)")
	String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute IssueDecision form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			revisions.issue(id, form);
			flash.addFlashAttribute("done", "plan.review.issued");
			return "redirect:/plans/" + id;
		}, typed -> decision(user, model, id, "issue", typed));
	}

	@GetMapping("/plans/{id}/return")
	@PreAuthorize("@planAccess.canApprove(principal, #id)")
	String returnForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return decision(user, model, id, "return", FormState.of(new ReturnDecision("")));
	}

	@PostMapping("/plans/{id}/return")
	@PreAuthorize("@planAccess.canApprove(principal, #id)")
	String returnForChanges(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ReturnDecision form, BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			revisions.returnForChanges(id, form);
			flash.addFlashAttribute("done", "plan.review.returned");
			return "redirect:/plans/" + id;
		}, typed -> decision(user, model, id, "return", typed));
	}

	private String decision(CurrentUser user, Model model, long id, String kind, FormState form) {
		model.addAttribute("detail", plans.detail(user, id));
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		return "plan/decision";
	}

	@GetMapping("/plans/{id}/changes")
	@PreAuthorize("@planAccess.canRead(principal, #id)")
	String changes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("detail", plans.detail(user, id));
		model.addAttribute("changes", revisions.changes(id));
		return "plan/changes";
	}

}
