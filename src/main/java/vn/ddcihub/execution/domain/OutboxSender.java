package vn.ddcihub.execution.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages, one transaction each: the row is locked while it is
 * sent, so two nodes never send the same message. A failed attempt is tried again after a
 * wait that grows fourfold ({@link MailSettings#retryAfter}); after the last attempt the
 * message is FAILED with the server's answer, for ADMIN to see on the outbox page.
 */
@Component
public class OutboxSender {

	/** A run stays short; the rest waits for the next run. */
	static final int MAX_PER_RUN = 200;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final MailDelivery mail;

	private final MailSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public OutboxSender(OutboxRepository outbox, MailDelivery mail, MailSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.mail = mail;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return how many messages were handled (sent, retried later, failed or skipped)
	 */
	public int sendDue() {
		int handled = 0;
		while (handled < MAX_PER_RUN && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
			handled++;
		}
		return handled;
	}

	private boolean sendNext() {
		Instant now = clock.instant();
		return outbox.lockNextDue(now).map(message -> {
			try {
				mail.send(message.recipient(), message.subject(), message.body());
				outbox.sent(message.id(), now);
			}
			catch (MailException ex) {
				int attempts = message.attempts() + 1;
				Duration wait = settings.retryAfter(attempts);
				log.warn("E-mail {} to {} failed (attempt {}): {}", message.id(), message.recipient(), attempts,
						ex.getMessage());
				outbox.attemptFailed(message.id(), describe(ex), wait == null ? null : now.plus(wait));
			}
			return true;
		}).orElse(false);
	}

	private static String describe(MailException ex) {
		Throwable cause = ex.getMostSpecificCause();
		String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

}
