package vn.ddcihub.operations.kpi;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.shared.NotFoundException;

/**
 * Whose operations a page or call shows: the user's own organisation, or — for those who
 * read every organisation (ADMIN, VIEWER) — the one chosen, by default the first
 * department. Another organisation's back office is not found, so its existence is not
 * told.
 */
@Component
public class OrganisationScope {

	private final OrgDirectory directory;

	OrganisationScope(OrgDirectory directory) {
		this.directory = directory;
	}

	public Organisation readable(CurrentUser user, Long chosen) {
		Long id = chosen != null ? chosen : user.organisationId();
		if (chosen == null && user.readsEveryOrganisation()) {
			// a reader across organisations (ADMIN, the province body) opens on their own
			// department, else on the first one
			List<Organisation> choices = choices(user);
			return choices.stream()
				.filter(o -> o.id().equals(user.organisationId()))
				.findFirst()
				.or(() -> choices.stream().findFirst())
				.orElseThrow(() -> new NotFoundException("operations.organisation.notFound", "–"));
		}
		if (!user.canRead(id)) {
			throw new NotFoundException("operations.organisation.notFound", id);
		}
		return directory.organisation(id)
			.orElseThrow(() -> new NotFoundException("operations.organisation.notFound", id));
	}

	/** The organisations whose operations the user may switch between (ADMIN, VIEWER). */
	public List<Organisation> choices(CurrentUser user) {
		if (!user.readsEveryOrganisation()) {
			return List.of();
		}
		return directory.organisations()
			.stream()
			.filter(o -> o.active()
					&& (o.kind() == OrganisationKind.DEPARTMENT || o.kind() == OrganisationKind.DISTRICT))
			.sorted(Comparator.comparing(Organisation::id))
			.toList();
	}

	/** A unit of the organisation, or a problem the caller reports on the field. */
	public boolean isUnitOf(long organisationId, Long unitId) {
		return unitId != null && directory.unit(unitId).filter(u -> u.organisationId() == organisationId).isPresent();
	}

	public OrgDirectory directory() {
		return directory;
	}

}
