package vn.ddcihub.index.web;

import java.util.ArrayList;
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
import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.index.domain.EditionDefinition.BandDef;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.EditionDefinition.IndicatorDef;
import vn.ddcihub.index.domain.IndexDefinitions;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;

/**
 * Editions (kỳ đánh giá) from pages: the list, a new edition, and an edition's definition — names,
 * order and weights of the components (chỉ số thành phần), adding and removing components and
 * indicators (chỉ tiêu), bands (nhóm xếp loại), and copying the definition to another year.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexDefinitionPageController {

	private final IndexService index;
	private final IndexDefinitions definitions;

	IndexDefinitionPageController(IndexService index, IndexDefinitions definitions) {
		this.index = index;
		this.definitions = definitions;
	}

	@GetMapping("/index/editions")
	String editions(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("editions", index.editions());
		model.addAttribute("canWrite", index.canWrite(user));
		return "index/editions";
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions")
	String createEdition(@RequestParam int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam String name) {
		Block b = IndexApiController.block(block);
		definitions.saveDefinition(EditionDefinition.ddciDefault(year, b, name, false));
		return redirect(year, b);
	}

	@GetMapping("/index/editions/{year}")
	String definition(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		return page(model, index.definition(year, IndexApiController.block(block)), index.canWrite(user), List.of(), Map.of());
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}")
	String saveDefinition(@PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		List<InputProblem> problems = new ArrayList<>();
		List<ComponentDef> components = new ArrayList<>();
		for (ComponentDef c : current.components()) {
			double weight = number(form, "weight_" + c.code(), c.weight(), "Trọng số của " + c.code(), problems);
			int order = (int) number(form, "order_" + c.code(), c.order(), "Thứ tự của " + c.code(), problems);
			components.add(new ComponentDef(c.code(), form.getOrDefault("nameVi_" + c.code(), c.nameVi()).strip(),
					form.getOrDefault("nameEn_" + c.code(), c.nameEn()).strip(), order, weight));
		}
		List<IndicatorDef> indicators = current.indicators().stream()
			.map(i -> new IndicatorDef(i.code(), form.getOrDefault("indicatorName_" + i.code(), i.name()).strip(),
					form.getOrDefault("indicatorPolarity_" + i.code(), i.polarity()),
					form.getOrDefault("indicatorComponent_" + i.code(), i.componentCode())))
			.toList();
		List<BandDef> bands = new ArrayList<>();
		for (int i = 0; i < current.bands().size(); i++) {
			String label = form.getOrDefault("bandLabel_" + i, "").strip();
			String boundText = form.getOrDefault("bandBound_" + i, "").strip();
			Double bound = ResultFileParser.number(boundText).orElse(null);
			if (bound == null) {
				problems.add(InputProblem.field(null, "Ngưỡng của nhóm " + (i + 1) + ": \"" + boundText + "\" không phải là số"));
			} else if (!label.isEmpty()) {
				bands.add(new BandDef(label, bound));
			}
		}
		EditionDefinition changed = new EditionDefinition(year, b, form.getOrDefault("name", current.name()).strip(),
				current.illustrative(), components, indicators, bands);
		try {
			if (!problems.isEmpty()) {
				throw new BadInputException(problems);
			}
			definitions.saveDefinition(changed);
			return redirect(year, b);
		} catch (BadInputException e) {
			return page(model, changed, true, e.problems(), Map.of());
		}
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/components")
	String addComponent(@PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		List<InputProblem> problems = new ArrayList<>();
		double weight = number(form, "newWeight", 1.0, "Trọng số", problems);
		int order = (int) number(form, "newOrder", 0, "Thứ tự", problems);
		try {
			if (!problems.isEmpty()) {
				throw new BadInputException(problems);
			}
			definitions.addComponent(year, b, new ComponentDef(form.getOrDefault("newCode", ""),
					form.getOrDefault("newNameVi", ""), form.getOrDefault("newNameEn", ""), order, weight));
			return redirect(year, b);
		} catch (BadInputException e) {
			return page(model, index.definition(year, b), true, e.problems(), form);
		}
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/components/{code}/delete")
	String removeComponent(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		try {
			definitions.removeComponent(year, b, code);
			return redirect(year, b);
		} catch (BadInputException e) {
			return page(model, index.definition(year, b), true, e.problems(), Map.of());
		}
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/indicators")
	String addIndicator(@PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		try {
			definitions.addIndicator(year, b, new IndicatorDef(form.getOrDefault("indicatorCode", ""),
					form.getOrDefault("indicatorName", ""), form.getOrDefault("indicatorPolarity", "POSITIVE"),
					form.getOrDefault("indicatorComponent", "")));
			return redirect(year, b);
		} catch (BadInputException e) {
			return page(model, index.definition(year, b), true, e.problems(), form);
		}
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/indicators/{code}/delete")
	String removeIndicator(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		Block b = IndexApiController.block(block);
		definitions.removeIndicator(year, b, code);
		return redirect(year, b);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/editions/{year}/copy")
	String copyEdition(@PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam int toYear) {
		Block b = IndexApiController.block(block);
		definitions.copyDefinition(year, b, toYear);
		return redirect(toYear, b);
	}

	private static String page(Model model, EditionDefinition definition, boolean canWrite, List<InputProblem> problems,
			Map<String, String> entered) {
		model.addAttribute("definition", definition);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("problems", problems);
		model.addAttribute("entered", entered);
		return "index/definition";
	}

	/** A number typed with a decimal comma or point; blank keeps {@code fallback}. */
	private static double number(Map<String, String> form, String field, double fallback, String label,
			List<InputProblem> problems) {
		String text = form.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			return fallback;
		}
		Double value = ResultFileParser.number(text).orElse(null);
		if (value == null) {
			problems.add(InputProblem.field(null, label + ": \"" + text + "\" không phải là số (ví dụ 1 hoặc 1,5)"));
			return fallback;
		}
		return value;
	}

	private static String redirect(int year, Block block) {
		return "redirect:/index/editions/" + year + "?block=" + block;
	}
}
