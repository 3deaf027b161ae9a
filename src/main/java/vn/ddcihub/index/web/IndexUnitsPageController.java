package vn.ddcihub.index.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.AssessedUnit;
import vn.ddcihub.index.domain.AssessedUnits;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;

/**
 * The assessed units (đơn vị được đánh giá) of a block: the peer group ranked together,
 * each optionally linked to the DDCI Hub organisation it is. Writers add units, rename
 * and link them.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexUnitsPageController {

	private final IndexService index;

	private final AssessedUnits assessedUnits;

	private final OrgDirectory directory;

	IndexUnitsPageController(IndexService index, AssessedUnits assessedUnits, OrgDirectory directory) {
		this.index = index;
		this.assessedUnits = assessedUnits;
		this.directory = directory;
	}

	@GetMapping("/index/units")
	String units(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "DEPARTMENT") String block,
			Model model) {
		return page(user, model, IndexApiController.block(block), newUnit(), null, null);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/units")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@Valid @ModelAttribute AssessedUnitForm form, BindingResult binding, Model model) {
		Block b = IndexApiController.block(block);
		return FormSubmission.submit(form, binding, () -> {
			assessedUnits.createUnit(new AssessedUnit(form.code(), form.name(), b, form.organisationId()));
			return "redirect:/index/units?block=" + b;
		}, typed -> page(user, model, b, typed.idPrefix("new-"), null, null));
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/units/{code}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @Valid @ModelAttribute UnitLinkForm form,
			BindingResult binding, Model model) {
		Block b = IndexApiController.block(block);
		return FormSubmission.submit(form, binding, () -> {
			assessedUnits.updateUnit(b, code, form.name(), form.organisationId());
			return "redirect:/index/units?block=" + b;
		}, typed -> page(user, model, b, newUnit(), code, typed.idPrefix(rowPrefix(code))));
	}

	/**
	 * The units of a block, each row a small form; {@code rowCode}'s row shows
	 * {@code row} as typed.
	 */
	private String page(CurrentUser user, Model model, Block block, FormState newUnit, String rowCode, FormState row) {
		List<Organisation> organisations = directory.organisations();
		List<AssessedUnit> units = index.units(block);
		Map<String, FormState> rows = new LinkedHashMap<>();
		units.forEach(unit -> rows.put(unit.code(), unit.code().equals(rowCode) ? row
				: FormState.of(new UnitLinkForm(unit.name(), unit.organisationId())).idPrefix(rowPrefix(unit.code()))));
		model.addAttribute("block", block);
		model.addAttribute("units", units);
		model.addAttribute("rows", rows);
		model.addAttribute("organisations", organisations);
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("newUnit", newUnit);
		model.addAttribute("filter", FormState.typed(Map.of("block", block)));
		return "index/units";
	}

	private static FormState newUnit() {
		return FormState.of(new AssessedUnitForm("", "", null)).idPrefix("new-");
	}

	/** The element ids of one row's fields: "unit-STNMT-name". */
	private static String rowPrefix(String code) {
		return "unit-" + FormState.id(code) + "-";
	}

}
