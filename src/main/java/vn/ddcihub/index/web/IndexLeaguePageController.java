package vn.ddcihub.index.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionSummary;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.index.domain.UnitProfile;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Reading pages of the index: the league table (bảng xếp hạng) per edition and block, a unit's
 * profile (hồ sơ đơn vị) with its component targets form, and the comparison of two editions.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexLeaguePageController {

	private final IndexService index;

	IndexLeaguePageController(IndexService index) {
		this.index = index;
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
		UnitProfile profile = index.profile(user, year, b, code);
		Map<String, String> targets = new LinkedHashMap<>();
		profile.components().forEach(c -> targets.put(c.code(), c.target() == null ? "" : VietnameseFormat.decimal(c.target())));
		return profileModel(user, model, profile, rank, targets, List.of());
	}

	/** The unit's component targets from the profile page; decimal comma accepted, blank fields left unchanged. */
	@PostMapping("/index/{year}/units/{code}/targets")
	@PreAuthorize("@indexAccess.canSetTargets(principal, #block, #code)")
	String saveTargets(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form, Model model) {
		Block b = IndexApiController.block(block);
		UnitProfile profile = index.profile(year, b, code);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Double> targets = new LinkedHashMap<>();
		List<InputProblem> problems = new ArrayList<>();
		for (UnitProfile.ComponentProfile component : profile.components()) {
			String text = form.getOrDefault("target_" + component.code(), "").strip();
			values.put(component.code(), text);
			if (!text.isEmpty()) {
				ResultFileParser.number(text).ifPresentOrElse(v -> targets.put(component.code(), v),
						() -> problems.add(InputProblem.field(null, "Mục tiêu " + component.code() + ": \"" + text
								+ "\" không phải là số (viết ví dụ 7,80)")));
			}
		}
		try {
			if (!problems.isEmpty()) {
				throw new BadInputException(problems);
			}
			index.saveTargets(year, b, profile.code(), targets);
			return "redirect:/index/" + year + "/units/" + profile.code() + "?block=" + b;
		} catch (BadInputException e) {
			return profileModel(user, model, profile, 10, values, e.problems());
		}
	}

	private String profileModel(CurrentUser user, Model model, UnitProfile profile, int rank, Map<String, String> targets,
			List<InputProblem> problems) {
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("canSetTargets", index.canSetTargets(user, profile.block(), profile.code()));
		model.addAttribute("profile", profile);
		model.addAttribute("target", index.targetRank(profile.year(), profile.block(), profile.code(), Math.max(1, rank), false));
		model.addAttribute("targets", targets);
		model.addAttribute("problems", problems);
		return "index/profile";
	}

	@GetMapping("/index/compare")
	String compare(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		List<Integer> years = index.editionYears(b);
		if (years.isEmpty()) {
			throw new NotFoundException("index.notFound.noEditions");
		}
		int newer = to != null ? to : years.get(0);
		int older = from != null ? from : years.size() > 1 ? years.get(1) : newer;
		model.addAttribute("years", years);
		model.addAttribute("block", b);
		model.addAttribute("older", index.results(older, b));
		model.addAttribute("newer", index.results(newer, b));
		return "index/compare";
	}
}
