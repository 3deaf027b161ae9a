package vn.ddcihub.execution.domain;

import java.time.LocalDate;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.plan.PlanTask;

/**
 * Where a task stands today: the status and progress its lead unit last reported
 * (submitted or accepted; {@code NOT_STARTED} and {@code reported == false} before any
 * report), and the next date something is due for it — the due date of the earliest
 * period that asks its lead units to report (not one they receive) and they have not all
 * reported on, else the task's own next date; null when it is done or nothing is
 * scheduled. A date before today is overdue, also a 2020 one.
 *
 * @param latestPeriodId the period of the last report counted, null before any
 * @param nextPeriodId the period whose report is due next, null when the date comes from
 * the task itself
 */
public record TaskState(PlanTask task, TaskStatus status, int progress, boolean reported, Long latestPeriodId,
		LocalDate nextDue, Long nextPeriodId) {

	public TaskState(PlanTask task, TaskStatus status, int progress, boolean reported, Long latestPeriodId,
			LocalDate nextDue) {
		this(task, status, progress, reported, latestPeriodId, nextDue, null);
	}

	/** Within this many days a due date is near (amber). */
	public static final int DUE_SOON_DAYS = 7;

	public boolean overdue(LocalDate today) {
		return nextDue != null && nextDue.isBefore(today);
	}

	public boolean dueSoon(LocalDate today) {
		return nextDue != null && !overdue(today) && !nextDue.isAfter(today.plusDays(DUE_SOON_DAYS));
	}

}
