package vn.ddcihub.index.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionResults;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnameseFormat;

/** Writing results from pages: the results file import (nhập kết quả) and one unit's score correction. */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexImportPageController {

	private final IndexService index;

	IndexImportPageController(IndexService index) {
		this.index = index;
	}

	@GetMapping("/index/{year}/units/{code}/edit")
	@PreAuthorize("@indexAccess.canWrite(principal)")
	String editForm(@PathVariable int year, @PathVariable String code, @RequestParam(defaultValue = "DEPARTMENT") String block,
			Model model) {
		Block b = IndexApiController.block(block);
		EditionResults results = index.results(year, b);
		EditionResults.UnitResult unit = unitOf(results, code);
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < results.components().size(); i++) {
			Double score = unit.scores().get(i);
			values.put(results.components().get(i).code(), score == null ? "" : VietnameseFormat.decimal(score));
		}
		values.put("publishedTotal", unit.publishedTotal() == null ? "" : VietnameseFormat.decimal(unit.publishedTotal()));
		return editModel(model, results, unit, values, List.of());
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/{year}/units/{code}/edit")
	String edit(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		EditionResults results = index.results(year, b);
		EditionResults.UnitResult unit = unitOf(results, code);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Double> scores = new LinkedHashMap<>();
		List<InputProblem> problems = new ArrayList<>();
		for (var component : results.components()) {
			String text = form.getOrDefault("score_" + component.code(), "").strip();
			values.put(component.code(), text);
			if (!text.isEmpty()) {
				ResultFileParser.number(text).ifPresentOrElse(v -> scores.put(component.code(), v),
						() -> problems.add(InputProblem.field(component.code(), "\"" + text + "\" không phải là số (ví dụ 7,80)")));
			}
		}
		String totalText = form.getOrDefault("publishedTotal", "").strip();
		values.put("publishedTotal", totalText);
		Double total = null;
		if (!totalText.isEmpty()) {
			total = ResultFileParser.number(totalText).orElse(null);
			if (total == null) {
				problems.add(InputProblem.field("publishedTotal", "\"" + totalText + "\" không phải là số"));
			}
		}
		try {
			if (!problems.isEmpty()) {
				throw new BadInputException(problems);
			}
			index.correct(year, b, code, new IndexService.ScoreCorrection(scores, total, unit.publishedRank()));
			return "redirect:/index/" + year + "/units/" + unit.code() + "?block=" + b;
		} catch (BadInputException e) {
			return editModel(model, results, unit, values, e.problems());
		}
	}

	private static EditionResults.UnitResult unitOf(EditionResults results, String code) {
		return results.unit(code).orElseThrow(() -> new NotFoundException("index.notFound.result", code, results.year()));
	}

	private static String editModel(Model model, EditionResults results, EditionResults.UnitResult unit,
			Map<String, String> values, List<InputProblem> problems) {
		model.addAttribute("results", results);
		model.addAttribute("unit", unit);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		return "index/edit";
	}

	@GetMapping("/index/import")
	@PreAuthorize("@indexAccess.canWrite(principal)")
	String importForm(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "DEPARTMENT") String block,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("block", IndexApiController.block(block));
		model.addAttribute("problems", List.of());
		return "index/import";
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/import")
	String importFile(@RequestParam int year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean createUnits, Model model, RedirectAttributes redirect)
			throws IOException {
		Block b = IndexApiController.block(block);
		try {
			IndexService.ImportSummary summary = index.importResults(year, b, file.getOriginalFilename(), file.getBytes(),
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
}
