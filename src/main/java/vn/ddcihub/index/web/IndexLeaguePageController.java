package vn.ddcihub.index.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.ScoreRules;
import vn.ddcihub.shared.TypedForm;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Reading pages of the index: the league table (bảng xếp hạng) per edition and block, a
 * unit's profile (hồ sơ đơn vị) with its component targets form, and the comparison of
 * two editions.
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
		model.addAttribute("filter", FormState.typed(Map.of("year", chosen == null ? "" : chosen, "block", b)));
		model.addAttribute("results", chosen == null ? null : index.results(chosen, b));
		model.addAttribute("canWrite", index.canWrite(user));
		return "index/league";
	}

	@GetMapping("/index/{year}/units/{code}")
	String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam(defaultValue = "10") int rank,
			Model model) {
		Block b = IndexApiController.block(block);
		UnitProfile profile = index.profile(user, year, b, code);
		Map<String, Object> stored = new LinkedHashMap<>();
		profile.components().forEach(c -> stored.put("target_" + c.code(), c.target()));
		TypedForm shown = TypedForm.showing(stored);
		readTargets(shown, profile, new LinkedHashMap<>());
		return profileModel(user, model, profile, rank, shown.shown());
	}

	/**
	 * The unit's component targets from the profile page; decimal comma or point, blank
	 * fields left unchanged.
	 */
	@PostMapping("/index/{year}/units/{code}/targets")
	@PreAuthorize("@indexAccess.canSetTargets(principal, #block, #code)")
	String saveTargets(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam Map<String, String> form,
			Model model) {
		Block b = IndexApiController.block(block);
		UnitProfile profile = index.profile(year, b, code);
		TypedForm typed = new TypedForm(form);
		Map<String, Double> targets = new LinkedHashMap<>();
		readTargets(typed, profile, targets);
		return FormSubmission.submit(typed.state(), () -> {
			index.saveTargets(year, b, profile.code(), targets);
			return "redirect:/index/" + year + "/units/" + profile.code() + "?block=" + b;
		}, again -> profileModel(user, model, profile, 10, again));
	}

	/**
	 * Every component's target typed (0–10, {@link ScoreRules}) into {@code targets};
	 * blank ones are left out.
	 */
	private static void readTargets(TypedForm typed, UnitProfile profile, Map<String, Double> targets) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		for (UnitProfile.ComponentProfile component : profile.components()) {
			Double target = typed.decimal("target_" + component.code(),
					component.code() + " — " + (english ? component.nameEn() : component.nameVi()),
					ScoreRules.SCORE_MIN, ScoreRules.SCORE_MAX);
			if (target != null) {
				targets.put(component.code(), target);
			}
		}
	}

	private String profileModel(CurrentUser user, Model model, UnitProfile profile, int rank, FormState targets) {
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("canSetTargets", index.canSetTargets(user, profile.block(), profile.code()));
		model.addAttribute("profile", profile);
		model.addAttribute("target",
				index.targetRank(profile.year(), profile.block(), profile.code(), Math.max(1, rank), false));
		model.addAttribute("form", targets);
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
		model.addAttribute("filter", FormState.typed(Map.of("from", older, "to", newer)));
		model.addAttribute("older", index.results(older, b));
		model.addAttribute("newer", index.results(newer, b));
		return "index/compare";
	}

}
