package vn.ddcihub.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;

/**
 * Pages of the index: the league table per edition and block, a unit's profile with its radar chart,
 * the comparison of two editions, the results import, and the XLSX/PDF exports.
 */
@Controller
class IndexPageController {

	private final IndexService index;
	private final IndexFiles files;

	IndexPageController(IndexService index, IndexFiles files) {
		this.index = index;
		this.files = files;
	}

	@Bean
	static NavigationEntry indexNavigation() {
		return new NavigationEntry(10, "nav.index", "/index", Set.of());
	}

	@GetMapping("/index")
	String league(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		List<EditionSummary> editions = index.editions();
		Integer chosen = year != null ? year : index.editionYears(b).stream().findFirst().orElse(null);
		model.addAttribute("editions", editions);
		model.addAttribute("block", b);
		model.addAttribute("results", chosen == null ? null : index.results(chosen, b));
		model.addAttribute("canWrite", index.canWrite(user));
		return "index/league";
	}

	@GetMapping("/index/{year}/units/{code}")
	String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam(defaultValue = "10") int rank, Model model) {
		Block b = IndexApiController.block(block);
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("profile", index.profile(year, b, code));
		model.addAttribute("target", index.targetRank(year, b, code, Math.max(1, rank), false));
		return "index/profile";
	}

	@GetMapping("/index/{year}/units/{code}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		if (!index.canWrite(user)) {
			throw new vn.ddcihub.shared.ForbiddenException("Không có quyền sửa kết quả");
		}
		EditionResults results = index.results(year, b);
		EditionResults.UnitResult unit = results.unit(code)
			.orElseThrow(() -> new NotFoundException("Không có kết quả của đơn vị " + code));
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (int i = 0; i < results.components().size(); i++) {
			Double score = unit.scores().get(i);
			values.put(results.components().get(i).code(), score == null ? "" : vn.ddcihub.documents.VietnameseFormat.decimal(score));
		}
		values.put("publishedTotal", unit.publishedTotal() == null ? "" : vn.ddcihub.documents.VietnameseFormat.decimal(unit.publishedTotal()));
		return editModel(model, results, unit, values, List.of());
	}

	@IndexWrite
	@PostMapping("/index/{year}/units/{code}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam java.util.Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		EditionResults results = index.results(year, b);
		EditionResults.UnitResult unit = results.unit(code)
			.orElseThrow(() -> new NotFoundException("Không có kết quả của đơn vị " + code));
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		java.util.Map<String, Double> scores = new java.util.LinkedHashMap<>();
		List<vn.ddcihub.shared.InputProblem> problems = new java.util.ArrayList<>();
		for (var component : results.components()) {
			String text = form.getOrDefault("score_" + component.code(), "").strip();
			values.put(component.code(), text);
			if (!text.isEmpty()) {
				ResultFileParser.number(text).ifPresentOrElse(v -> scores.put(component.code(), v),
						() -> problems.add(vn.ddcihub.shared.InputProblem.field(component.code(),
								"\"" + text + "\" không phải là số (ví dụ 7,80)")));
			}
		}
		String totalText = form.getOrDefault("publishedTotal", "").strip();
		values.put("publishedTotal", totalText);
		Double total = null;
		if (!totalText.isEmpty()) {
			total = ResultFileParser.number(totalText).orElse(null);
			if (total == null) {
				problems.add(vn.ddcihub.shared.InputProblem.field("publishedTotal", "\"" + totalText + "\" không phải là số"));
			}
		}
		try {
			if (!problems.isEmpty()) {
				throw new BadInputException(problems);
			}
			index.correct(user, year, b, code, new IndexService.ScoreCorrection(scores, total, unit.publishedRank()));
			return "redirect:/index/" + year + "/units/" + unit.code() + "?block=" + b;
		} catch (BadInputException e) {
			return editModel(model, results, unit, values, e.problems());
		}
	}

	private static String editModel(Model model, EditionResults results, EditionResults.UnitResult unit,
			java.util.Map<String, String> values, List<vn.ddcihub.shared.InputProblem> problems) {
		model.addAttribute("results", results);
		model.addAttribute("unit", unit);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		return "index/edit";
	}

	@GetMapping("/index/editions")
	String editions(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("editions", index.editions());
		model.addAttribute("canWrite", index.canWrite(user));
		return "index/editions";
	}

	@IndexWrite
	@PostMapping("/index/editions")
	String createEdition(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam String name) {
		Block b = IndexApiController.block(block);
		index.saveDefinition(user, EditionDefinition.ddciDefault(year, b, name, false));
		return "redirect:/index/editions/" + year + "?block=" + b;
	}

	@GetMapping("/index/editions/{year}")
	String definition(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		model.addAttribute("definition", index.definition(year, IndexApiController.block(block)));
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("problems", List.of());
		return "index/definition";
	}

	@IndexWrite
	@PostMapping("/index/editions/{year}")
	String saveDefinition(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam java.util.Map<String, String> form,
			Model model) {
		Block b = IndexApiController.block(block);
		EditionDefinition current = index.definition(year, b);
		List<vn.ddcihub.shared.InputProblem> problems = new java.util.ArrayList<>();
		List<EditionDefinition.ComponentDef> components = new java.util.ArrayList<>();
		for (EditionDefinition.ComponentDef c : current.components()) {
			String weightText = form.getOrDefault("weight_" + c.code(), "").strip();
			Double weight = ResultFileParser.number(weightText).orElse(null);
			if (weight == null) {
				problems.add(vn.ddcihub.shared.InputProblem.field(c.code(), "Trọng số \"" + weightText + "\" không phải là số"));
				weight = c.weight();
			}
			components.add(new EditionDefinition.ComponentDef(c.code(), form.getOrDefault("nameVi_" + c.code(), c.nameVi()).strip(),
					form.getOrDefault("nameEn_" + c.code(), c.nameEn()).strip(), c.order(), weight));
		}
		List<EditionDefinition.BandDef> bands = new java.util.ArrayList<>();
		for (int i = 0; i < current.bands().size(); i++) {
			String label = form.getOrDefault("bandLabel_" + i, "").strip();
			String boundText = form.getOrDefault("bandBound_" + i, "").strip();
			Double bound = ResultFileParser.number(boundText).orElse(null);
			if (bound == null) {
				problems.add(vn.ddcihub.shared.InputProblem.field("bands", "Ngưỡng \"" + boundText + "\" không phải là số"));
			} else if (!label.isEmpty()) {
				bands.add(new EditionDefinition.BandDef(label, bound));
			}
		}
		EditionDefinition changed = new EditionDefinition(year, b, form.getOrDefault("name", current.name()).strip(),
				current.illustrative(), components, current.indicators(), bands);
		try {
			if (!problems.isEmpty()) {
				throw new BadInputException(problems);
			}
			index.saveDefinition(user, changed);
			return "redirect:/index/editions/" + year + "?block=" + b;
		} catch (BadInputException e) {
			model.addAttribute("definition", changed);
			model.addAttribute("canWrite", true);
			model.addAttribute("problems", e.problems());
			return "index/definition";
		}
	}

	@IndexWrite
	@PostMapping("/index/editions/{year}/copy")
	String copyEdition(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam int toYear) {
		Block b = IndexApiController.block(block);
		index.copyDefinition(user, year, b, toYear);
		return "redirect:/index/editions/" + toYear + "?block=" + b;
	}

	@GetMapping("/index/compare")
	String compare(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		List<Integer> years = index.editionYears(b);
		if (years.isEmpty()) {
			throw new NotFoundException("Chưa có kỳ đánh giá nào");
		}
		int newer = to != null ? to : years.get(0);
		int older = from != null ? from : years.size() > 1 ? years.get(1) : newer;
		model.addAttribute("years", years);
		model.addAttribute("block", b);
		model.addAttribute("older", index.results(older, b));
		model.addAttribute("newer", index.results(newer, b));
		return "index/compare";
	}

	@GetMapping("/index/import")
	String importForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		if (!index.canWrite(user)) {
			throw new vn.ddcihub.shared.ForbiddenException("Không có quyền nhập kết quả");
		}
		model.addAttribute("year", year);
		model.addAttribute("block", IndexApiController.block(block));
		model.addAttribute("problems", List.of());
		return "index/import";
	}

	@IndexWrite
	@PostMapping("/index/import")
	String importFile(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean createUnits, Model model, RedirectAttributes redirect)
			throws IOException {
		Block b = IndexApiController.block(block);
		try {
			IndexService.ImportSummary summary = index.importResults(user, year, b, file.getOriginalFilename(), file.getBytes(),
					createUnits);
			redirect.addFlashAttribute("imported", summary.rows());
			return "redirect:/index?year=" + year + "&block=" + b;
		} catch (BadInputException e) {
			model.addAttribute("year", year);
			model.addAttribute("block", b);
			model.addAttribute("problems", e.problems());
			return "index/import";
		}
	}

	@GetMapping("/index/{year}/league.xlsx")
	ResponseEntity<byte[]> leagueXlsx(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.leagueXlsx(index.results(year, IndexApiController.block(block)));
	}

	@GetMapping("/index/{year}/league.pdf")
	ResponseEntity<byte[]> leaguePdf(@PathVariable int year, @RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.leaguePdf(index.results(year, IndexApiController.block(block)));
	}

	@GetMapping("/index/{year}/units/{code}/profile.xlsx")
	ResponseEntity<byte[]> profileXlsx(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.profileXlsx(index.profile(year, IndexApiController.block(block), code));
	}

	@GetMapping("/index/{year}/units/{code}/profile.pdf")
	ResponseEntity<byte[]> profilePdf(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block) {
		return files.profilePdf(index.profile(year, IndexApiController.block(block), code));
	}
}
