package vn.ddcihub.execution.domain;

import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import vn.ddcihub.execution.domain.Ownership.Owner;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may read and change execution records, called by the handlers'
 * {@code @PreAuthorize} as {@code @executionAccess}. Periods and reports belong to one
 * organisation: its members read them, ADMIN and the province body (VIEWER) read every
 * organisation's; a unit's staff change only their own unit's report; the Office
 * (COORDINATOR) reviews reports and closes periods; the director (LEADER) comments. A
 * record the user may not read is not found (404), so its existence is not told.
 */
@Component
public class ExecutionAccess {

	private final Ownership ownership;

	private final PlanApi plans;

	private final ConsolidatedReports consolidated;

	private final NotificationRepository notifications;

	ExecutionAccess(Ownership ownership, PlanApi plans, ConsolidatedReports consolidated,
			NotificationRepository notifications) {
		this.ownership = ownership;
		this.plans = plans;
		this.consolidated = consolidated;
		this.notifications = notifications;
	}

	/** A notification is its recipient's alone; anybody else's is not found. */
	public boolean canReadNotification(CurrentUser user, long notificationId) {
		notifications.owner(notificationId)
			.filter(owner -> owner == user.id())
			.orElseThrow(() -> new NotFoundException("execution.notify.notFound", notificationId));
		return true;
	}

	/** Reading a period and its reports' list; true, or not found. */
	public boolean canReadPeriod(CurrentUser user, long periodId) {
		period(user, periodId);
		return true;
	}

	/** Closing and reopening a period, compiling its consolidated report. */
	public boolean canManagePeriod(CurrentUser user, long periodId) {
		return user.canManage(period(user, periodId).organisationId());
	}

	/** Reading a report and its timeline; true, or not found. */
	public boolean canReadReport(CurrentUser user, long reportId) {
		report(user, reportId);
		return true;
	}

	/**
	 * Drafting, saving, attaching and submitting: the unit's staff or the Office. Whether
	 * the report's status still allows it is the service's answer (409), not an access
	 * question.
	 */
	public boolean canEditReport(CurrentUser user, long reportId) {
		Owner owner = report(user, reportId);
		return user.canChangeUnitWork(owner.organisationId(), owner.unitId());
	}

	/** Starting a unit's report in a period. */
	public boolean canReportFor(CurrentUser user, long periodId, long unitId) {
		return user.canChangeUnitWork(period(user, periodId).organisationId(), unitId);
	}

	/**
	 * Starting reports in a period before the unit is known (the API names it in the
	 * body): the organisation's unit staff or its Office; the unit is checked with
	 * {@link #canReportFor} once the body is read.
	 */
	public boolean canStartReports(CurrentUser user, long periodId) {
		long organisationId = period(user, periodId).organisationId();
		return user.canManage(organisationId)
				|| (user.has(Role.UNIT_STAFF) && Objects.equals(user.organisationId(), organisationId));
	}

	/**
	 * Accepting or returning a report: the Office (COORDINATOR) of the organisation, or
	 * ADMIN.
	 */
	public boolean canReview(CurrentUser user, long reportId) {
		return user.canManage(report(user, reportId).organisationId());
	}

	/** A leader's comment on a report's tasks: the organisation's LEADER, or ADMIN. */
	public boolean canComment(CurrentUser user, long reportId) {
		return leads(user, report(user, reportId).organisationId());
	}

	/**
	 * Reading a period's consolidated report: those who see the whole organisation (its
	 * Office and director, ADMIN, the province body) also while it is a draft; the
	 * organisation's other members once it is issued; true, or not found.
	 */
	public boolean canReadConsolidated(CurrentUser user, long periodId) {
		Owner owner = period(user, periodId);
		return readable(user, owner.organisationId(), () -> consolidated.issued(consolidated.monthly(periodId)));
	}

	/** Reading a plan's year report ({@code upward} false) or upward report, as above. */
	public boolean canReadYearReport(CurrentUser user, long planId, int year, boolean upward) {
		long organisationId = planOrganisation(user, planId);
		return readable(user, organisationId, () -> consolidated
			.issued(consolidated.yearly(upward ? ConsolidatedKind.UPWARD : ConsolidatedKind.YEARLY, planId, year)));
	}

	/** Compiling, editing and issuing a plan's year and upward reports: its Office. */
	public boolean canManageYearReport(CurrentUser user, long planId) {
		return user.canManage(planOrganisation(user, planId));
	}

	private static boolean readable(CurrentUser user, long organisationId, BooleanSupplier issued) {
		if (user.seesWholeOrganisation(organisationId) || issued.getAsBoolean()) {
			return true;
		}
		throw new NotFoundException("execution.consolidated.notIssued");
	}

	private long planOrganisation(CurrentUser user, long planId) {
		return plans.outline(planId)
			.map(outline -> outline.plan().organisationId())
			.filter(user::canRead)
			.orElseThrow(() -> new NotFoundException("plan.notFound", planId));
	}

	/** The organisation's director (LEADER), or ADMIN. */
	public static boolean leads(CurrentUser user, long organisationId) {
		return user.isAdmin() || (user.has(Role.LEADER) && Objects.equals(user.organisationId(), organisationId));
	}

	/**
	 * A plan's leadership dashboard: whoever sees the whole organisation's work (its
	 * LEADER and COORDINATOR, ADMIN, the province body); a unit's staff are refused
	 * (403), another organisation's plan is not found. Without a plan, the user's own.
	 */
	public boolean canSeeDashboard(CurrentUser user, Long planId) {
		if (planId == null) {
			return user.seesWholeOrganisation(user.organisationId());
		}
		Plan plan = plans.visiblePlans(user)
			.stream()
			.filter(p -> p.id() == planId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("plan.notFound", planId));
		return user.seesWholeOrganisation(plan.organisationId());
	}

	/**
	 * The province view, every organisation side by side: the province body (VIEWER) and
	 * ADMIN only.
	 */
	public boolean canSeeProvince(CurrentUser user) {
		return user.readsEveryOrganisation();
	}

	private Owner period(CurrentUser user, long periodId) {
		return ownership.ofPeriod(periodId)
			.filter(owner -> user.canRead(owner.organisationId()))
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
	}

	private Owner report(CurrentUser user, long reportId) {
		return ownership.ofReport(reportId)
			.filter(owner -> user.canRead(owner.organisationId()))
			.orElseThrow(() -> new NotFoundException("execution.report.notFound", reportId));
	}

}
