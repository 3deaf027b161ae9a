package vn.ddcihub.execution.domain;

/**
 * What a notification is about: a reminder before, on and after a report's due date (nhắc
 * việc), the escalation to the unit's head and the Office, the Office's weekly digest of
 * who has not reported, a unit's report returned or accepted, another capability's item
 * (a business question, a dialogue's follow-up action) due soon or overdue, and the end
 * of a background job the user started.
 */
public enum NotificationKind {

	REMINDER_BEFORE, REMINDER_DUE, REMINDER_OVERDUE, ESCALATION, DIGEST, REPORT_RETURNED, REPORT_ACCEPTED,
	ITEM_DUE_SOON, ITEM_OVERDUE,

	/** A background job the user started (an import, …) has ended. */
	JOB_FINISHED

}
