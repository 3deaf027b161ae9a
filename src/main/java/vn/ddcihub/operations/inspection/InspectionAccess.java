package vn.ddcihub.operations.inspection;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may read and change the inspection plan, called as {@code @inspectionAccess}: the
 * organisation's members read it (ADMIN and VIEWER every organisation's); the Office
 * (COORDINATOR) and ADMIN enter, change and import. Another organisation's inspection is
 * not found.
 */
@Component
public class InspectionAccess {

	private final Inspections inspections;

	InspectionAccess(Inspections inspections) {
		this.inspections = inspections;
	}

	public boolean canRead(CurrentUser user, long inspectionId) {
		organisation(user, inspectionId);
		return true;
	}

	public boolean canManage(CurrentUser user, long inspectionId) {
		return user.canManage(organisation(user, inspectionId));
	}

	/** Entering the plan of the organisation (the user's own when none is named). */
	public boolean canPlan(CurrentUser user, Long organisationId) {
		Long id = organisationId != null ? organisationId : user.organisationId();
		return id != null && user.canManage(id);
	}

	private long organisation(CurrentUser user, long inspectionId) {
		return inspections.find(inspectionId)
			.map(Inspection::organisationId)
			.filter(user::canRead)
			.orElseThrow(() -> new NotFoundException("operations.inspection.notFound", inspectionId));
	}

}
