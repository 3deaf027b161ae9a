package vn.ddcihub.index.domain;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Role;
import vn.ddcihub.shared.ForbiddenException;

/**
 * Who may change the index: ADMIN, and a COORDINATOR of a province body (the Sở KH&ĐT runs the
 * ranking). Every signed-in user reads results.
 */
@Component
public class IndexAccess {

	private final OrgDirectory directory;

	IndexAccess(OrgDirectory directory) {
		this.directory = directory;
	}

	boolean canWrite(CurrentUser user) {
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

	/** Unit targets: index writers, and whoever manages the organisation linked to the assessed unit. */
	boolean canSetTargets(CurrentUser user, Long organisationId) {
		return canWrite(user) || (user != null && organisationId != null && user.canManage(organisationId));
	}

	/**
	 * A unit's targets are its organisation's work: seen by that organisation, by VIEWER and ADMIN, and
	 * by index writers; targets of a unit not linked to any organisation are set by writers and public.
	 */
	boolean canSeeTargets(CurrentUser user, Long organisationId) {
		return organisationId == null || canWrite(user) || (user != null && user.canRead(organisationId));
	}

	public void requireWrite(CurrentUser user) {
		if (!canWrite(user)) {
			throw new ForbiddenException("Chỉ quản trị viên hoặc điều phối viên của cơ quan cấp tỉnh được thay đổi dữ liệu chỉ số");
		}
	}
}
