package vn.ddcihub.plan.domain;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may read and change a plan, called by the handlers' {@code @PreAuthorize} as
 * {@code @planAccess}. A plan belongs to one organisation: its COORDINATOR (and ADMIN)
 * change it; its LEADER and UNIT_STAFF read all of it (every unit receives the issued
 * plan, so the page shows what the document shows); VIEWER reads every organisation's
 * plans. A plan the user may not read is not found (404) rather than forbidden, so its
 * existence is not told.
 */
@Component
public class PlanAccess {

	private final PlanRepository plans;

	PlanAccess(PlanRepository plans) {
		this.plans = plans;
	}

	/** Drawing up a plan: a COORDINATOR for their own organisation, or ADMIN for any. */
	public boolean canCreate(CurrentUser user) {
		return user.isAdmin() || (user.organisationId() != null && user.canManage(user.organisationId()));
	}

	/** Reading the plan; true, or not found. */
	public boolean canRead(CurrentUser user, long planId) {
		readable(user, planId);
		return true;
	}

	/** Changing the plan, its targets and tasks, issuing and copying it. */
	public boolean canManage(CurrentUser user, long planId) {
		return user.canManage(readable(user, planId).organisationId());
	}

	/**
	 * Issuing or returning a submitted revision: the organisation's director (LEADER), or
	 * ADMIN. The Office that drew it up does not approve its own work.
	 */
	public boolean canApprove(CurrentUser user, long planId) {
		return approves(user, readable(user, planId));
	}

	/** The rule of {@link #canApprove}, also used to offer the actions on the page. */
	public static boolean approves(CurrentUser user, Plan plan) {
		return user.isAdmin()
				|| (user.has(Role.LEADER) && java.util.Objects.equals(user.organisationId(), plan.organisationId()));
	}

	/**
	 * The history shows every unit's changes, so only those who see the whole
	 * organisation read it.
	 */
	public boolean canSeeHistory(CurrentUser user, long planId) {
		return user.seesWholeOrganisation(readable(user, planId).organisationId());
	}

	/** A task of a plan the user reads. True, or not found. */
	public boolean canReadTask(CurrentUser user, long planId, long taskId) {
		readable(user, planId);
		plans.task(taskId, id -> new UnitRef(id, "", ""))
			.filter(task -> task.planId() == planId)
			.orElseThrow(() -> new NotFoundException("plan.notFound.task", taskId));
		return true;
	}

	private Plan readable(CurrentUser user, long planId) {
		return plans.plan(planId)
			.filter(plan -> user.canRead(plan.organisationId()))
			.orElseThrow(() -> new NotFoundException("plan.notFound", planId));
	}

}
