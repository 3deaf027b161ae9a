package vn.ddcihub.index.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.ComponentKpis;
import vn.ddcihub.index.IntervalGroups;
import vn.ddcihub.index.domain.EditionResults;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.index.domain.EditionSummary;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultFileParser;
import vn.ddcihub.index.domain.UnitProfile;
import vn.ddcihub.index.domain.WhatIf;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.ScoreRules;
import vn.ddcihub.shared.TypedForm;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Reading pages of the index: the league table (bảng xếp hạng) per edition and block, a
 * unit's profile (hồ sơ đơn vị) with its what-if, and the comparison of two editions.
 */
@Controller
@PreAuthorize("isAuthenticated()")
public class IndexLeaguePageController {

	private final IndexService index;

	private final ObjectProvider<ComponentKpis> kpis;

	IndexLeaguePageController(IndexService index, ObjectProvider<ComponentKpis> kpis) {
		this.index = index;
		this.kpis = kpis;
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
		model.addAttribute("version",
				chosen == null ? null : index.versions(chosen, b).stream().findFirst().orElse(null));
		model.addAttribute("canWrite", index.canWrite(user));
		return "index/league";
	}

	/**
	 * A unit's profile with a what-if: the eight target fields are a GET form, so
	 * changing them shows the implied total and rank without saving anything. First shown
	 * with the plan's targets (or the unit's scores where there are none).
	 */
	@GetMapping("/index/{year}/units/{code}")
	String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "DEPARTMENT") String block, @RequestParam(defaultValue = "10") int rank,
			@RequestParam Map<String, String> query, Model model) {
		Block b = IndexApiController.block(block);
		UnitProfile profile = index.profile(user, year, b, code);
		boolean asked = profile.components().stream().anyMatch(c -> query.containsKey(whatIfField(c)));
		TypedForm typed = asked ? new TypedForm(query) : TypedForm.showing(startingValues(profile));
		Map<String, Double> targets = readTargets(typed, profile);
		WhatIf whatIf = typed.hasErrors() ? null : index.whatIf(year, b, profile.code(), targets);
		model.addAttribute("canWrite", index.canWrite(user));
		model.addAttribute("profile", profile);
		EditionResults results = index.results(year, b);
		UnitResult unit = results.unit(profile.code()).orElseThrow();
		model.addAttribute("unit", unit);
		model.addAttribute("indistinctFrom",
				unit.totalRank() == 0 ? List.of()
						: IntervalGroups
							.overlapping(unit, results.units().stream().filter(u -> u.totalRank() > 0).toList(),
									UnitResult::totalInterval)
							.stream()
							.map(UnitResult::name)
							.toList());
		model.addAttribute("target", index.targetRank(year, b, profile.code(), Math.max(1, rank), false));
		model.addAttribute("whatIf", whatIf);
		model.addAttribute("form", typed.state());
		model.addAttribute("kpis", kpiTiles(user, profile));
		return "index/profile";
	}

	/**
	 * The organisation's operational KPI tiles of the edition's year by component, for
	 * its own members and those who read every organisation; none for anyone else.
	 */
	private Map<String, List<ComponentKpis.KpiTile>> kpiTiles(CurrentUser user, UnitProfile profile) {
		ComponentKpis source = kpis.getIfAvailable();
		if (source == null || profile.organisationId() == null || !user.canRead(profile.organisationId())) {
			return Map.of();
		}
		return ComponentKpis.byComponent(source.tiles(profile.organisationId(), profile.year()));
	}

	/** The plan's target of each component, else the unit's score. */
	private static Map<String, Object> startingValues(UnitProfile profile) {
		Map<String, Object> values = new LinkedHashMap<>();
		profile.components().forEach(c -> values.put(whatIfField(c), c.target() != null ? c.target() : c.score()));
		return values;
	}

	/**
	 * Every component's what-if score typed (0–10, {@link ScoreRules}); blank ones are
	 * left out and keep the unit's score.
	 */
	private static Map<String, Double> readTargets(TypedForm typed, UnitProfile profile) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, Double> targets = new LinkedHashMap<>();
		for (UnitProfile.ComponentProfile component : profile.components()) {
			Double target = typed.decimal(whatIfField(component),
					component.code() + " — " + (english ? component.nameEn() : component.nameVi()),
					ScoreRules.SCORE_MIN, ScoreRules.SCORE_MAX);
			if (target != null) {
				targets.put(component.code(), target);
			}
		}
		return targets;
	}

	static String whatIfField(UnitProfile.ComponentProfile component) {
		return "target_" + component.code();
	}

	/** An earlier version of an edition's results, read-only. */
	@GetMapping("/index/editions/{year}/versions/{number}")
	String version(@PathVariable int year, @PathVariable int number,
			@RequestParam(defaultValue = "DEPARTMENT") String block, Model model) {
		Block b = IndexApiController.block(block);
		model.addAttribute("block", b);
		model.addAttribute("results", index.version(year, b, number));
		model.addAttribute("version",
				index.versions(year, b)
					.stream()
					.filter(v -> v.number() == number && !v.current())
					.findFirst()
					.orElseThrow());
		return "index/version";
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
