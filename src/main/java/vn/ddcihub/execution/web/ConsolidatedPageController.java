package vn.ddcihub.execution.web;

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

import vn.ddcihub.execution.domain.ConsolidatedKind;
import vn.ddcihub.execution.domain.ConsolidatedReports;
import vn.ddcihub.execution.domain.ConsolidatedSummary;
import vn.ddcihub.execution.domain.ConsolidatedView;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;

/**
 * Pages of the consolidated reports: the month's report of a period, a plan's year report
 * and its upward report — the compiled content, the Office's summary form while it is a
 * draft, issuing, and the Word and PDF files.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class ConsolidatedPageController {

	private final ConsolidatedReports reports;

	ConsolidatedPageController(ConsolidatedReports reports) {
		this.reports = reports;
	}

	/** Where a report's page, form and files are. */
	public record Addresses(String page, String api, String back) {
	}

	@GetMapping("/periods/{periodId}/consolidated")
	@PreAuthorize("@executionAccess.canReadConsolidated(principal, #periodId)")
	String monthly(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, Model model) {
		ConsolidatedReports.Key key = reports.monthly(periodId);
		return show(user, key, monthly(periodId), model, null);
	}

	@PostMapping("/periods/{periodId}/consolidated")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #periodId)")
	String saveMonthly(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
			@Valid @ModelAttribute ConsolidatedSummary form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return save(user, reports.monthly(periodId), monthly(periodId), form, binding, model, flash);
	}

	@PostMapping("/periods/{periodId}/consolidated/issue")
	@PreAuthorize("@executionAccess.canManagePeriod(principal, #periodId)")
	String issueMonthly(@PathVariable long periodId, RedirectAttributes flash) {
		return issue(reports.monthly(periodId), monthly(periodId), flash);
	}

	@GetMapping("/plans/{planId}/year-report/{year}")
	@PreAuthorize("@executionAccess.canReadYearReport(principal, #planId, #year, false)")
	String yearReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long planId, @PathVariable int year,
			Model model) {
		return show(user, reports.yearly(ConsolidatedKind.YEARLY, planId, year), yearly("year-report", planId, year),
				model, null);
	}

	@PostMapping("/plans/{planId}/year-report/{year}")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	String saveYearReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long planId, @PathVariable int year,
			@Valid @ModelAttribute ConsolidatedSummary form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return save(user, reports.yearly(ConsolidatedKind.YEARLY, planId, year), yearly("year-report", planId, year),
				form, binding, model, flash);
	}

	@PostMapping("/plans/{planId}/year-report/{year}/issue")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	String issueYearReport(@PathVariable long planId, @PathVariable int year, RedirectAttributes flash) {
		return issue(reports.yearly(ConsolidatedKind.YEARLY, planId, year), yearly("year-report", planId, year), flash);
	}

	@GetMapping("/plans/{planId}/upward-report/{year}")
	@PreAuthorize("@executionAccess.canReadYearReport(principal, #planId, #year, true)")
	String upwardReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long planId, @PathVariable int year,
			Model model) {
		return show(user, reports.yearly(ConsolidatedKind.UPWARD, planId, year), yearly("upward-report", planId, year),
				model, null);
	}

	@PostMapping("/plans/{planId}/upward-report/{year}")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	String saveUpwardReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long planId,
			@PathVariable int year, @Valid @ModelAttribute ConsolidatedSummary form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		return save(user, reports.yearly(ConsolidatedKind.UPWARD, planId, year), yearly("upward-report", planId, year),
				form, binding, model, flash);
	}

	@PostMapping("/plans/{planId}/upward-report/{year}/issue")
	@PreAuthorize("@executionAccess.canManageYearReport(principal, #planId)")
	String issueUpwardReport(@PathVariable long planId, @PathVariable int year, RedirectAttributes flash) {
		return issue(reports.yearly(ConsolidatedKind.UPWARD, planId, year), yearly("upward-report", planId, year),
				flash);
	}

	private static Addresses monthly(long periodId) {
		return new Addresses("/periods/" + periodId + "/consolidated", "/api/v1/reports/consolidated/" + periodId,
				"/periods/" + periodId);
	}

	private static Addresses yearly(String kind, long planId, int year) {
		String path = "/plans/" + planId + "/" + kind + "/" + year;
		return new Addresses(path, "/api/v1" + path, "/plans/" + planId);
	}

	private String show(CurrentUser user, ConsolidatedReports.Key key, Addresses addresses, Model model,
			FormState form) {
		ConsolidatedView view = reports.view(key);
		model.addAttribute("view", view);
		model.addAttribute("addresses", addresses);
		model.addAttribute("manageable", user.canManage(reports.organisationOf(key)));
		model.addAttribute("form", form != null ? form : FormState.of(view.summary()));
		return "execution/consolidated";
	}

	private String save(CurrentUser user, ConsolidatedReports.Key key, Addresses addresses, ConsolidatedSummary form,
			BindingResult binding, Model model, RedirectAttributes flash) {
		return FormSubmission.submit(form, binding, () -> {
			reports.save(key, form);
			flash.addFlashAttribute("done", "execution.consolidated.saved");
			return "redirect:" + addresses.page();
		}, typed -> show(user, key, addresses, model, typed));
	}

	private String issue(ConsolidatedReports.Key key, Addresses addresses, RedirectAttributes flash) {
		reports.issue(key);
		flash.addFlashAttribute("done", "execution.consolidated.issued");
		return "redirect:" + addresses.page();
	}

}
