package vn.ddcihub.execution;

import java.time.LocalDate;

/**
 * Published by another capability (operations) when an item needs someone's attention by
 * a date — a business question or petition a unit must answer, a dialogue's follow-up
 * action — before it is due and again when it is overdue. Execution's notifications
 * listen and notify the unit's staff (or the organisation's coordinators when no unit is
 * named), by bell and mail; the key makes each reminder happen once, whichever node
 * publishes it.
 *
 * @param kind what the item is ("question", "follow-up", …), part of the message key
 * @param key unique per item and reminder occasion, e.g. "question:42:overdue"
 * @param unitId the unit that must act, or null for the organisation's coordinators
 * @param title the item's short text, shown in the notification
 * @param href the back-office page of the item
 */
public record DueReminder(String kind, String key, long organisationId, Long unitId, String title, String href,
		LocalDate due, boolean overdue) {
}
