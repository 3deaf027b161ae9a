package vn.ddcihub.execution.domain;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ddcihub.execution.DueReminder;
import vn.ddcihub.org.Contact;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Role;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Another capability's item needs attention by a date (a business question a unit must
 * answer, a dialogue's follow-up action): the unit's users — or, when no unit is named,
 * the organisation's Office (COORDINATOR) — get a notification and an e-mail. The
 * reminder's own key makes each happen once per recipient, whichever node publishes or a
 * redelivery repeats it.
 */
@Component
class DueReminderNotices {

	private final OrgDirectory directory;

	private final Notifier notifier;

	DueReminderNotices(OrgDirectory directory, Notifier notifier) {
		this.directory = directory;
		this.notifier = notifier;
	}

	@ApplicationModuleListener(id = "execution.notify-due-reminder")
	void on(DueReminder reminder) {
		notify(reminder);
	}

	/**
	 * @return how many notifications were new
	 */
	int notify(DueReminder reminder) {
		List<Contact> recipients = reminder.unitId() == null
				? directory.contacts(reminder.organisationId(), null, Role.COORDINATOR)
				: directory.contacts(reminder.organisationId(), reminder.unitId(), null);
		return notifier.notify(notice(reminder), recipients, List.of());
	}

	static Notice notice(DueReminder reminder) {
		NotificationKind kind = reminder.overdue() ? NotificationKind.ITEM_OVERDUE : NotificationKind.ITEM_DUE_SOON;
		return new Notice(kind, "DUE:" + reminder.key(), reminder.href(),
				List.of(Notice.messageKey("execution.notify.item." + reminder.kind()), reminder.title(),
						reminder.due() == null ? "" : VietnameseFormat.date(reminder.due())));
	}

}
