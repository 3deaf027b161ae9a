package vn.ddcihub.index.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;

/**
 * The assessed units (đơn vị được đánh giá) of a block: the peer group ranked together, each
 * optionally linked to the DDCI Hub organisation it is. Writers add units, rename and link them.
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
		return page(user, model, IndexApiController.block(block), List.of(), Map.of());
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/units")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "DEPARTMENT") String block,
			@RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		try {
			assessedUnits.createUnit(new AssessedUnit(form.getOrDefault("code", ""), form.getOrDefault("name", ""), b,
					organisationId(form.get("organisationId"))));
			return "redirect:/index/units?block=" + b;
		} catch (BadInputException e) {
			return page(user, model, b, e.problems(), form);
		}
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/units/{code}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		try {
			assessedUnits.updateUnit(b, code, form.getOrDefault("name", ""), organisationId(form.get("organisationId")));
			return "redirect:/index/units?block=" + b;
		} catch (BadInputException e) {
			return page(user, model, b, e.problems(), Map.of());
		}
	}

	private String page(CurrentUser user, Model model, Block block, List<InputProblem> problems, Map<String, String> entered) {
		List<Organisation> organisations = directory.organisations();
		model.addAttribute("block", block);
		model.addAttribute("units", index.units(block));
		model.addAttribute("organisations", organisations);
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("problems", problems);
		model.addAttribute("entered", entered);
		return "index/units";
	}

	/** Blank → no organisation (unlinked). */
	private static Long organisationId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		} catch (NumberFormatException e) {
			throw new BadInputException(List.of(InputProblem.field("organisationId", "Cơ quan không hợp lệ: " + value)));
		}
	}
}
