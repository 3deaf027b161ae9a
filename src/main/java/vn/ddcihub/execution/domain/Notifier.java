package vn.ddcihub.execution.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.Contact;

/**
 * Hands a {@link Notice} to its recipients: a notification under each user's bell and,
 * for users with an address who have not turned e-mail off, a message in the outbox —
 * PENDING for the sender job, or SKIPPED when no SMTP server is configured. Keys make
 * each (notice, recipient) happen once, whichever node or re-run gets there first.
 */
@Component
public class Notifier {

	private final NotificationRepository notifications;

	private final OutboxRepository outbox;

	private final EmailPreferences preferences;

	private final MailDelivery mail;

	private final MailSettings settings;

	private final NoticeText text;

	Notifier(NotificationRepository notifications, OutboxRepository outbox, EmailPreferences preferences,
			MailDelivery mail, MailSettings settings, NoticeText text) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.preferences = preferences;
		this.mail = mail;
		this.settings = settings;
		this.text = text;
	}

	/**
	 * @return how many notifications were new (none when another node or an earlier run
	 * made them)
	 */
	@Transactional
	public int notify(Notice notice, Collection<Contact> users, Collection<Mailbox> mailboxes) {
		Set<Long> optedOut = preferences.optedOut(users.stream().map(Contact::userId).toList());
		int added = 0;
		for (Contact user : users) {
			String key = notice.dedupeKey() + ":user" + user.userId();
			if (!notifications.insertOnce(user.userId(), notice, key)) {
				continue;
			}
			added++;
			if (user.hasEmail() && !optedOut.contains(user.userId())) {
				queue(key, user.userId(), user.email(), user.displayName(), notice, "execution.notify.mail.footer");
			}
		}
		for (Mailbox mailbox : mailboxes) {
			if (mailbox.usable()) {
				queue(notice.dedupeKey() + ":mail:" + mailbox.email().strip().toLowerCase(Locale.ROOT), null,
						mailbox.email().strip(), mailbox.name(), notice, "execution.notify.mail.footerUnit");
			}
		}
		return added;
	}

	private void queue(String key, Long userId, String address, String name, Notice notice, String footerKey) {
		Locale vi = NoticeText.MAIL_LANGUAGE;
		String subject = "DDCI Hub: " + text.title(notice.kind(), notice.args(), vi);
		String body = String.join("\n\n", text.message("execution.notify.mail.greeting", List.of(name), vi),
				text.text(notice.kind(), notice.args(), vi),
				text.message("execution.notify.mail.open", List.of(settings.link(notice.link())), vi),
				"--\n" + text.message(footerKey, List.of(settings.link("/account/notifications")), vi));
		outbox.insertOnce(key, userId, address, subject, body,
				mail.configured() ? OutboxStatus.PENDING : OutboxStatus.SKIPPED, "");
	}

}
