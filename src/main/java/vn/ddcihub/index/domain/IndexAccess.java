package vn.ddcihub.index.domain;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.Block;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Role;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may do what with the index, called by the handlers' {@code @PreAuthorize} as
 * {@code @indexAccess}: ADMIN and a COORDINATOR of a province body (the Sở KH&ĐT runs the
 * ranking) change it; every signed-in user reads results; a unit's targets belong to its
 * organisation.
 */
@Component
public class IndexAccess {

	private final OrgDirectory directory;

	private final IndexRepository repository;

	IndexAccess(OrgDirectory directory, IndexRepository repository) {
		this.directory = directory;
		this.repository = repository;
	}

	/** Changing definitions, results and assessed units. */
	public boolean canWrite(CurrentUser user) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		return user.has(Role.COORDINATOR) && user.organisationId() != null
				&& directory.organisation(user.organisationId())
					.map(o -> o.kind() == OrganisationKind.PROVINCE_BODY)
					.orElse(false);
	}

	/**
	 * Reading a unit's targets (those of its organisation's plan); for anyone else they
	 * do not exist, so the answer is 404 rather than 403.
	 */
	public boolean canSeeTargets(CurrentUser user, String block, String unitCode) {
		if (!canSeeTargets(user, linkedOrganisation(block, unitCode))) {
			throw new NotFoundException("index.notFound.targets", unitCode.toUpperCase(Locale.ROOT));
		}
		return true;
	}

	/**
	 * A unit's targets are its organisation's work: seen by that organisation, by VIEWER
	 * and ADMIN, and by index writers; targets of a unit not linked to any organisation
	 * are set by writers and public.
	 */
	boolean canSeeTargets(CurrentUser user, Long organisationId) {
		return organisationId == null || canWrite(user) || (user != null && user.canRead(organisationId));
	}

	/**
	 * The organisation linked to the assessed unit; none for an unknown unit or block
	 * (the handler answers those).
	 */
	private Long linkedOrganisation(String block, String unitCode) {
		if (block == null || unitCode == null) {
			return null;
		}
		try {
			return repository
				.unit(Block.valueOf(block.strip().toUpperCase(Locale.ROOT)), unitCode.strip().toUpperCase(Locale.ROOT))
				.map(AssessedUnit::organisationId)
				.orElse(null);
		}
		catch (IllegalArgumentException unknownBlock) {
			return null;
		}
	}

}
