package vn.ddcihub.execution.domain;

/**
 * What a notification is about: a reminder before, on and after a report's due date (nhắc
 * việc), the escalation to the unit's head and the Office, the Office's weekly digest of
 * who has not reported, and a unit's report returned or accepted.
 */
public enum NotificationKind {

	REMINDER_BEFORE, REMINDER_DUE, REMINDER_OVERDUE, ESCALATION, DIGEST, REPORT_RETURNED, REPORT_ACCEPTED

}
