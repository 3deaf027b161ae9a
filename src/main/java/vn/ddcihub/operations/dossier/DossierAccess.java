package vn.ddcihub.operations.dossier;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may do what with dossiers, called by the handlers' {@code @PreAuthorize} as
 * {@code @dossierAccess} and by the controllers to pick the organisation: every signed-in
 * user reads their own organisation's catalogue and analytics (ADMIN and VIEWER any
 * organisation's); its COORDINATOR (or ADMIN) changes the catalogue and imports. Another
 * organisation's dossiers are not found at all.
 */
@Component
public class DossierAccess {

	private final OrgDirectory directory;

	private final DossierImportRepository imports;

	DossierAccess(OrgDirectory directory, DossierImportRepository imports) {
		this.directory = directory;
		this.imports = imports;
	}

	/**
	 * Pages and API that read: any signed-in user (the organisation is checked apart).
	 */
	public boolean canRead(CurrentUser user) {
		return user != null;
	}

	/** Whether the user may change the organisation's catalogue and import dossiers. */
	public boolean canManage(CurrentUser user, long organisationId) {
		return user != null && user.canManage(organisationId);
	}

	/** Whether the user may read the organisation's dossiers. */
	public boolean canRead(CurrentUser user, long organisationId) {
		return user != null && user.canRead(organisationId);
	}

	/**
	 * Whether the user may change the catalogue and import for the organisation asked
	 * for, or their own when none is.
	 */
	public boolean canManage(CurrentUser user, Long requestedOrganisation) {
		Long organisation = requestedOrganisation != null ? requestedOrganisation
				: user == null ? null : user.organisationId();
		return organisation != null && canManage(user, organisation.longValue());
	}

	/** Whether the user may follow and confirm an import (false when there is none). */
	public boolean canManageImport(CurrentUser user, long importId) {
		return user != null && imports.find(importId).map(i -> canManage(user, i.organisationId())).orElse(false);
	}

	/**
	 * The organisation a request is about: the one asked for when the user may read it,
	 * else the user's own, else (ADMIN, VIEWER without one) the first organisation.
	 * @throws NotFoundException when the user may not read the one asked for
	 */
	public long organisation(CurrentUser user, Long requested) {
		if (requested != null) {
			if (!user.canRead(requested) || directory.organisation(requested).isEmpty()) {
				throw new NotFoundException("dossiers.organisation.notFound", requested);
			}
			return requested;
		}
		if (user.organisationId() != null) {
			return user.organisationId();
		}
		List<Organisation> visible = directory.visibleOrganisations(user);
		if (visible.isEmpty()) {
			throw new NotFoundException("dossiers.organisation.notFound", 0);
		}
		return visible.get(0).id();
	}

	/**
	 * The organisations the user may switch between (more than one for ADMIN, VIEWER).
	 */
	public List<Organisation> organisations(CurrentUser user) {
		return directory.visibleOrganisations(user);
	}

}
