package vn.ddcihub.execution.web;

import java.util.List;

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

import vn.ddcihub.execution.domain.ReportingLine;
import vn.ddcihub.execution.domain.ReportingLineInput;
import vn.ddcihub.execution.domain.ReportingLines;
import vn.ddcihub.execution.domain.ReportingLines.PlanLines;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NotFoundException;

/**
 * The reporting lines of a plan (who reports to whom, how often, by which day): every
 * reader sees them; the Office adds, changes and removes lines, and every save generates
 * the plan's periods again.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReportingLinePageController {

	private final ReportingLines lines;

	ReportingLinePageController(ReportingLines lines) {
		this.lines = lines;
	}

	@GetMapping("/plans/{planId}/reporting")
	@PreAuthorize("@planAccess.canRead(principal, #planId)")
	String lines(@AuthenticationPrincipal CurrentUser user, @PathVariable long planId, Model model) {
		PlanLines plan = lines.of(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("canManage", user.canManage(plan.outline().plan().organisationId()));
		return "execution/reporting";
	}

	/** Saves the proposed lines as they are and generates their periods. */
	@PostMapping("/plans/{planId}/reporting")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	String saveProposed(@PathVariable long planId, RedirectAttributes flash) {
		List<ReportingLine> saved = lines.save(planId,
				lines.of(planId).lines().stream().map(ReportingLine::toInput).toList());
		flash.addFlashAttribute("saved", saved.size());
		return "redirect:/plans/" + planId + "/reporting";
	}

	@GetMapping("/plans/{planId}/reporting/lines/new")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	String newLine(@PathVariable long planId, Model model) {
		PlanLines plan = lines.of(planId);
		return form(model, plan, null, FormState.of(ReportingLineInput.blank(plan.outline().plan().year())));
	}

	@PostMapping("/plans/{planId}/reporting/lines/new")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	String add(@PathVariable long planId, @Valid @ModelAttribute("form") ReportingLineInput form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		return save(planId, null, withId(form, null), binding, model, flash);
	}

	@GetMapping("/plans/{planId}/reporting/lines/{lineId}")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	String editLine(@PathVariable long planId, @PathVariable long lineId, Model model) {
		PlanLines plan = lines.of(planId);
		ReportingLine line = plan.lines()
			.stream()
			.filter(l -> l.id() != null && l.id() == lineId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("execution.period.line.notFound", lineId));
		return form(model, plan, lineId, FormState.of(line.toInput()));
	}

	@PostMapping("/plans/{planId}/reporting/lines/{lineId}")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	String change(@PathVariable long planId, @PathVariable long lineId,
			@Valid @ModelAttribute("form") ReportingLineInput form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return save(planId, lineId, withId(form, lineId), binding, model, flash);
	}

	@PostMapping("/plans/{planId}/reporting/lines/{lineId}/remove")
	@PreAuthorize("@planAccess.canManage(principal, #planId)")
	String remove(@PathVariable long planId, @PathVariable long lineId, RedirectAttributes flash) {
		lines.removeLine(planId, lineId);
		flash.addFlashAttribute("removed", true);
		return "redirect:/plans/" + planId + "/reporting";
	}

	private String save(long planId, Long lineId, ReportingLineInput form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			List<ReportingLine> saved = lines.saveLine(planId, form);
			flash.addFlashAttribute("saved", saved.size());
			return "redirect:/plans/" + planId + "/reporting";
		}, typed -> form(model, lines.of(planId), lineId, typed));
	}

	/** The line the address names, whatever the form posted as its id. */
	private static ReportingLineInput withId(ReportingLineInput form, Long lineId) {
		return new ReportingLineInput(lineId, form.frequency(), form.reporterUnitId(), form.receivingUnitIds(),
				form.externalRecipients(), form.dueDay(), form.dueMonth(), form.onRequest(), form.firstYear(),
				form.lastYear());
	}

	private String form(Model model, PlanLines plan, Long lineId, FormState form) {
		model.addAttribute("plan", plan);
		model.addAttribute("lineId", lineId);
		model.addAttribute("form", form);
		return "execution/line-form";
	}

}
