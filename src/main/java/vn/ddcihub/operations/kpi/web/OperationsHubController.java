package vn.ddcihub.operations.kpi.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import vn.ddcihub.index.ComponentKpis;
import vn.ddcihub.index.ComponentKpis.KpiTile;
import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.operations.kpi.IndexComponents;
import vn.ddcihub.operations.kpi.KpiBoard;
import vn.ddcihub.operations.kpi.OrganisationScope;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.NavigationEntry;

/**
 * The operations hub (tác nghiệp): the organisation's KPI tiles grouped by the component
 * they move, and the way into every lever — dossiers, questions, publications, dialogues,
 * inspections.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class OperationsHubController {

	/** The levers, in the order the hub lists them: path and message key. */
	static final List<String[]> LEVERS = List.of(new String[] { "/operations/dossiers", "dossiers" },
			new String[] { "/operations/questions", "questions" },
			new String[] { "/operations/publications", "publications" },
			new String[] { "/operations/dialogues", "dialogues" },
			new String[] { "/operations/inspections", "inspections" }, new String[] { "/operations/kpis", "kpis" });

	private final KpiBoard board;

	private final IndexComponents components;

	private final OrganisationScope scope;

	OperationsHubController(KpiBoard board, IndexComponents components, OrganisationScope scope) {
		this.board = board;
		this.components = components;
		this.scope = scope;
	}

	@Bean
	static NavigationEntry operationsNavigation() {
		return new NavigationEntry(29, "operations.hub.nav", "/operations", Set.of());
	}

	@GetMapping("/operations")
	@PreAuthorize("isAuthenticated()")
	String hub(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long org, Model model) {
		Organisation organisation = scope.readable(user, org);
		int shown = year != null ? year : board.latestYear(organisation.id());
		List<KpiTile> tiles = board.tiles(organisation.id(), shown);
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisations", scope.choices(user));
		model.addAttribute("year", shown);
		model.addAttribute("groups", groups(components.of(organisation.id(), shown), tiles));
		model.addAttribute("levers", LEVERS);
		return "operations/kpi/hub";
	}

	/**
	 * The tiles under each component of the edition, in its order; tiles mapped to
	 * components the edition lacks come last under their code.
	 */
	static List<ComponentGroup> groups(List<ComponentRef> refs, List<KpiTile> tiles) {
		Map<String, List<KpiTile>> byComponent = new LinkedHashMap<>(ComponentKpis.byComponent(tiles));
		List<ComponentGroup> groups = new ArrayList<>();
		for (ComponentRef ref : refs) {
			List<KpiTile> under = byComponent.remove(ref.code());
			if (under != null) {
				groups.add(new ComponentGroup(ref.code(), ref.nameVi(), ref.nameEn(), under));
			}
		}
		byComponent.forEach((code, under) -> groups.add(new ComponentGroup(code, code, code, under)));
		return groups;
	}

}
