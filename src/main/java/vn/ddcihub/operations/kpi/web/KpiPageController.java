package vn.ddcihub.operations.kpi.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.operations.kpi.IndexComponents;
import vn.ddcihub.operations.kpi.KpiBoard;
import vn.ddcihub.operations.kpi.KpiBoard.KpiRow;
import vn.ddcihub.operations.kpi.KpiMappings;
import vn.ddcihub.operations.kpi.KpiTargets;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.TypedForm;
import vn.ddcihub.shared.TypedText;

/**
 * The KPI catalogue of an organisation (every lever's KPIs with the year's value, the
 * components each moves and its target) and the Office's form that changes a KPI's
 * components and target.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class KpiPageController {

	private final KpiBoard board;

	private final KpiMappings mappings;

	private final KpiTargets targets;

	private final IndexComponents components;

	private final OrganisationScope scope;

	KpiPageController(KpiBoard board, KpiMappings mappings, KpiTargets targets, IndexComponents components,
			OrganisationScope scope) {
		this.board = board;
		this.mappings = mappings;
		this.targets = targets;
		this.components = components;
		this.scope = scope;
	}

	@GetMapping("/operations/kpis")
	@PreAuthorize("isAuthenticated()")
	String catalogue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long org, Model model) {
		Organisation organisation = scope.readable(user, org);
		int shown = year != null ? year : board.latestYear(organisation.id());
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisations", scope.choices(user));
		model.addAttribute("year", shown);
		model.addAttribute("rows", board.rows(organisation.id(), shown));
		model.addAttribute("canManage", user.canManage(organisation.id()));
		return "operations/kpi/kpis";
	}

	@GetMapping("/operations/kpis/{code}")
	@PreAuthorize("@kpiAccess.canManage(principal, #org)")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(required = false) Long org, @RequestParam int year, Model model) {
		Organisation organisation = scope.readable(user, org);
		KpiRow row = row(organisation.id(), year, code);
		return form(model, organisation, year, row,
				FormState
					.typed(Map.of("components", row.components(), "target",
							row.target() == null ? "" : TypedText.print(row.target(), LocaleContextHolder.getLocale())))
					.describe("target", null, false));
	}

	@PostMapping("/operations/kpis/{code}")
	@PreAuthorize("@kpiAccess.canManage(principal, #org)")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(required = false) Long org, @RequestParam int year,
			@RequestParam(name = "components", required = false) List<String> chosen,
			@RequestParam Map<String, String> request, Model model, RedirectAttributes flash) {
		Organisation organisation = scope.readable(user, org);
		KpiRow row = row(organisation.id(), year, code);
		String targetLabel = "Chỉ tiêu năm " + year;
		TypedForm typed = new TypedForm(request);
		Double target = typed.decimal("target", targetLabel, -1e12, 1e12);
		List<String> known = components.of(organisation.id(), year).stream().map(c -> c.code()).toList();
		List<String> picked = chosen == null ? List.of() : chosen.stream().filter(known::contains).toList();
		if (typed.hasErrors()) {
			return form(model, organisation, year, row,
					FormState.typed(Map.of("components", picked, "target", request.getOrDefault("target", "")))
						.describe("target", null, false)
						.reject("target", "typeMismatch.java.lang.Double", targetLabel));
		}
		mappings.change(organisation.id(), code, picked);
		targets.set(organisation.id(), code, year, target);
		flash.addFlashAttribute("saved", row.name());
		return "redirect:/operations/kpis?year=" + year + (org == null ? "" : "&org=" + org);
	}

	private KpiRow row(long organisationId, int year, String code) {
		return board.rows(organisationId, year)
			.stream()
			.filter(r -> r.kpi().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("operations.kpi.notFound", code));
	}

	private String form(Model model, Organisation organisation, int year, KpiRow row, FormState form) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("year", year);
		model.addAttribute("row", row);
		model.addAttribute("components", components.of(organisation.id(), year));
		model.addAttribute("form", form);
		return "operations/kpi/kpi-form";
	}

}
