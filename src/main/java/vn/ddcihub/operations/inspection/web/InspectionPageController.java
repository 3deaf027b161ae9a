package vn.ddcihub.operations.inspection.web;

import java.io.IOException;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.operations.inspection.Inspection;
import vn.ddcihub.operations.inspection.InspectionInput;
import vn.ddcihub.operations.inspection.InspectionPlanImport;
import vn.ddcihub.operations.inspection.Inspections;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnamTime;

/**
 * The yearly inspection plan (kế hoạch thanh tra, kiểm tra): the year's figures, the
 * businesses inspected more than once (Directive 20/CT-TTg), every inspection, the entry
 * form that warns before a second inspection of a business is saved, and the import.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class InspectionPageController {

	private final Inspections inspections;

	private final InspectionPlanImport imports;

	private final OrganisationScope scope;

	InspectionPageController(Inspections inspections, InspectionPlanImport imports, OrganisationScope scope) {
		this.inspections = inspections;
		this.imports = imports;
		this.scope = scope;
	}

	@Bean
	static NavigationEntry inspectionsNavigation() {
		return new NavigationEntry(38, "operations.inspection.nav", "/operations/inspections", Set.of());
	}

	@GetMapping("/operations/inspections")
	@PreAuthorize("isAuthenticated()")
	String plan(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long org, Model model) {
		Organisation organisation = scope.readable(user, org);
		int shown = year != null ? year
				: inspections.latestYear(organisation.id()).orElse(VietnamTime.today().getYear());
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisations", scope.choices(user));
		model.addAttribute("year", shown);
		model.addAttribute("counts", inspections.counts(organisation.id(), shown));
		model.addAttribute("duplicates", inspections.duplicates(organisation.id(), shown));
		model.addAttribute("inspections", inspections.list(organisation.id(), shown));
		model.addAttribute("canPlan", user.canManage(organisation.id()));
		return "operations/inspection/inspections";
	}

	@GetMapping("/operations/inspections/new")
	@PreAuthorize("@inspectionAccess.canPlan(principal, #org)")
	String newInspection(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : VietnamTime.today().getYear();
		return form(model, scope.readable(user, org), null, FormState.of(InspectionInput.blank(shown)), List.of());
	}

	@PostMapping("/operations/inspections")
	@PreAuthorize("@inspectionAccess.canPlan(principal, #org)")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@Valid @ModelAttribute("form") InspectionInput form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		Organisation organisation = scope.readable(user, org);
		List<Inspection> others = binding.hasErrors() ? List.of()
				: inspections.others(organisation.id(), form.year(), form.taxCode(), null);
		return FormSubmission.submit(form, binding, () -> {
			Inspections.requireConfirmation(form, others);
			long id = inspections.create(organisation.id(), form, false);
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/inspections?year=" + form.year() + "#inspection-" + id;
		}, typed -> form(model, organisation, null, typed, others));
	}

	@GetMapping("/operations/inspections/{id}")
	@PreAuthorize("@inspectionAccess.canRead(principal, #id)")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Inspection inspection = inspections.get(id);
		Organisation organisation = scope.directory().organisation(inspection.organisationId()).orElseThrow();
		model.addAttribute("readOnly", !user.canManage(inspection.organisationId()));
		return form(model, organisation, id, FormState.of(inspection.toInput()),
				inspections.others(inspection.organisationId(), inspection.year(), inspection.taxCode(), id));
	}

	@PostMapping("/operations/inspections/{id}")
	@PreAuthorize("@inspectionAccess.canManage(principal, #id)")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") InspectionInput form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Inspection inspection = inspections.get(id);
		Organisation organisation = scope.directory().organisation(inspection.organisationId()).orElseThrow();
		List<Inspection> others = binding.hasErrors() ? List.of()
				: inspections.others(organisation.id(), form.year(), form.taxCode(), id);
		boolean sameBusinessAndYear = form.taxCode().equals(inspection.taxCode()) && form.year() == inspection.year();
		return FormSubmission.submit(form, binding, () -> {
			if (!sameBusinessAndYear) {
				Inspections.requireConfirmation(form, others);
			}
			inspections.update(id, form);
			flash.addFlashAttribute("saved", true);
			return "redirect:/operations/inspections?year=" + form.year() + "#inspection-" + id;
		}, typed -> form(model, organisation, id, typed, others));
	}

	@GetMapping("/operations/inspections/import")
	@PreAuthorize("@inspectionAccess.canPlan(principal, #org)")
	String importForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@RequestParam(required = false) Integer year, Model model) {
		return importPage(model, scope.readable(user, org), year != null ? year : VietnamTime.today().getYear(),
				FormState.empty());
	}

	@PostMapping("/operations/inspections/import")
	@PreAuthorize("@inspectionAccess.canPlan(principal, #org)")
	String importPlan(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes flash) {
		Organisation organisation = scope.readable(user, org);
		int planYear = year != null && year >= 2000 && year <= 2100 ? year : VietnamTime.today().getYear();
		FormState state = FormState.typed(java.util.Map.of("year", String.valueOf(planYear)));
		if (file == null || file.isEmpty()) {
			return importPage(model, organisation, planYear,
					state.reject("file", "operations.inspection.import.noFile"));
		}
		try {
			InspectionPlanImport.Result result = imports.run(organisation.id(), planYear, file.getOriginalFilename(),
					file.getSize(), file.getInputStream());
			flash.addFlashAttribute("imported", result.imported());
			flash.addFlashAttribute("importDuplicates", result.duplicates().size());
			return "redirect:/operations/inspections?year=" + planYear + (org == null ? "" : "&org=" + org);
		}
		catch (BadInputException ex) {
			return importPage(model, organisation, planYear, state.with(ex.problems()));
		}
		catch (IOException ex) {
			return importPage(model, organisation, planYear,
					state.reject("file", "operations.inspection.import.unreadable"));
		}
	}

	private String form(Model model, Organisation organisation, Long id, FormState form, List<Inspection> others) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("inspectionId", id);
		model.addAttribute("form", form);
		model.addAttribute("others", others);
		model.addAttribute("units",
				scope.directory().units(organisation.id()).stream().filter(u -> u.active()).toList());
		if (!model.containsAttribute("readOnly")) {
			model.addAttribute("readOnly", false);
		}
		return "operations/inspection/inspection-form";
	}

	private String importPage(Model model, Organisation organisation, int year, FormState form) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("year", year);
		model.addAttribute("form", form);
		return "operations/inspection/import";
	}

}
