package vn.ddcihub.execution.domain;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.ddcihub.execution.domain.Ownership.Owner;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
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

	ExecutionAccess(Ownership ownership) {
		this.ownership = ownership;
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

	/** The organisation's director (LEADER), or ADMIN. */
	public static boolean leads(CurrentUser user, long organisationId) {
		return user.isAdmin() || (user.has(Role.LEADER) && Objects.equals(user.organisationId(), organisationId));
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
