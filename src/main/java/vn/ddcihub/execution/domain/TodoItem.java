package vn.ddcihub.execution.domain;

import java.time.LocalDate;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.UnitRole;

/**
 * One row of the to-do list (việc của tôi): a task with its plan and component, the
 * user's unit role in it (null for those who see every unit), where it stands
 * ({@link TaskStates}) and what to do next: report in the period due.
 *
 * @param periodId the period whose report is due next, null when none is generated
 * @param reportUnitId the unit that reports from this row (the user's), null when the
 * user only follows the task
 * @param reportId that unit's report in the period, null before it is started
 */
public record TodoItem(PlanTask task, long planId, String planNumber, int planYear, String componentCode,
		String componentName, int componentOrder, UnitRole role, TaskStatus status, int progress, boolean reported,
		LocalDate nextDue, Urgency urgency, Long periodId, Long reportUnitId, Long reportId) {

	/** How near the next due date is, against today in Vietnam. */
	public enum Urgency {

		/** Before today (red). */
		OVERDUE,
		/** Within {@link TaskState#DUE_SOON_DAYS} days (amber). */
		DUE_SOON, LATER,
		/** Nothing due (done). */
		NONE

	}

}
