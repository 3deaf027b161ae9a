package vn.ddcihub.operations.common;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.OrganisationKind;

/**
 * The organisations operations serves — the active departments, which take business
 * questions and keep a public library — and the one a back-office page shows: the user's
 * own, or for ADMIN the one chosen (the first department by default).
 */
@Component
public class OpsOrganisations {

	private final OrgDirectory directory;

	OpsOrganisations(OrgDirectory directory) {
		this.directory = directory;
	}

	public List<Organisation> departments() {
		return directory.organisations()
			.stream()
			.filter(o -> o.active() && o.kind() == OrganisationKind.DEPARTMENT)
			.toList();
	}

	public long shownTo(CurrentUser user, Long chosen) {
		if (user.isAdmin()) {
			List<Organisation> all = departments();
			return all.stream()
				.map(Organisation::id)
				.filter(id -> id.equals(chosen))
				.findFirst()
				.orElse(all.isEmpty() ? 0L : all.get(0).id());
		}
		if (user.organisationId() == null) {
			throw new AccessDeniedException("no organisation");
		}
		return user.organisationId();
	}

}
