package vn.ddcihub.index.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
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

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.index.domain.EditionResults;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.index.domain.ResultImports;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.ScoreRules;
import vn.ddcihub.shared.TypedForm;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Writing results from pages: the results file import (nhập kết quả) and one unit's score
 * correction.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexImportPageController {

	private final IndexService index;

	private final MessageSource messages;

	private final ResultImports imports;

	IndexImportPageController(IndexService index, MessageSource messages, ResultImports imports) {
		this.index = index;
		this.messages = messages;
		this.imports = imports;
	}

	@GetMapping("/index/{year}/units/{code}/edit")
	@PreAuthorize("@indexAccess.canWrite(principal)")
	String editForm(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		EditionResults results = index.results(year, b);
		EditionResults.UnitResult unit = unitOf(results, code);
		Map<String, Object> stored = new LinkedHashMap<>();
		for (int i = 0; i < results.components().size(); i++) {
			stored.put("score_" + results.components().get(i).code(), unit.scores().get(i));
		}
		stored.put("publishedTotal", unit.publishedTotal());
		TypedForm shown = TypedForm.showing(stored);
		readScores(shown, results, new LinkedHashMap<>());
		return editModel(model, results, unit, shown.shown());
	}

	/**
	 * One unit's scores typed on the page; decimal comma or point, ranges of
	 * {@link ScoreRules}.
	 */
	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/{year}/units/{code}/edit")
	String edit(@PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form,
			Model model) {
		Block b = IndexApiController.block(block);
		EditionResults results = index.results(year, b);
		EditionResults.UnitResult unit = unitOf(results, code);
		TypedForm typed = new TypedForm(form);
		Map<String, Double> scores = new LinkedHashMap<>();
		Double total = readScores(typed, results, scores);
		return FormSubmission.submit(typed.state(), () -> {
			index.correct(year, b, code, new IndexService.ScoreCorrection(scores, total, unit.publishedRank()));
			return "redirect:/index/" + year + "/units/" + unit.code() + "?block=" + b;
		}, again -> editModel(model, results, unit, again));
	}

	/**
	 * Reads every component's score (required) into {@code scores}; returns the published
	 * total (optional).
	 */
	private Double readScores(TypedForm typed, EditionResults results, Map<String, Double> scores) {
		for (var component : results.components()) {
			Double score = typed.requiredDecimal("score_" + component.code(), componentLabel(component),
					ScoreRules.SCORE_MIN, ScoreRules.SCORE_MAX);
			if (score != null) {
				scores.put(component.code(), score);
			}
		}
		return typed.decimal("publishedTotal", label("index.publishedTotal"), ScoreRules.TOTAL_MIN,
				ScoreRules.TOTAL_MAX);
	}

	private String componentLabel(EditionDefinition.ComponentDef component) {
		return component.code() + " — " + ("en".equals(LocaleContextHolder.getLocale().getLanguage())
				? component.nameEn() : component.nameVi());
	}

	private String label(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static EditionResults.UnitResult unitOf(EditionResults results, String code) {
		return results.unit(code)
			.orElseThrow(() -> new NotFoundException("index.notFound.result", code, results.year()));
	}

	private static String editModel(Model model, EditionResults results, EditionResults.UnitResult unit,
			FormState form) {
		model.addAttribute("results", results);
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		return "index/edit";
	}

	@GetMapping("/index/import")
	@PreAuthorize("@indexAccess.canWrite(principal)")
	String importForm(@RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		return importPage(model, FormState.of(new ImportForm(year, IndexApiController.block(block), false)), year);
	}

	@PreAuthorize("@indexAccess.canWrite(principal)")
	@PostMapping("/index/import")
	String importFile(@Valid @ModelAttribute ImportForm form, BindingResult binding,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		FormState typed = FormState.of(form, binding);
		if (file == null || file.isEmpty()) {
			typed = typed.reject("file", "validation.choose", label("index.import.file"));
		}
		Block b = form.block() == null ? Block.DEPARTMENT : form.block();
		return FormSubmission.submit(typed, () -> {
			IndexService.ImportSummary summary = imports.importFile(form.year(), b, file.getOriginalFilename(),
					file.getSize(), file, Boolean.TRUE.equals(form.createUnits()));
			redirect.addFlashAttribute("imported", summary.rows());
			return "redirect:/index?year=" + form.year() + "&block=" + b;
		}, again -> importPage(model, again, form.year()));
	}

	private static String importPage(Model model, FormState form, Integer year) {
		model.addAttribute("form", form);
		model.addAttribute("year", year);
		return "index/import";
	}

}
