package vn.ddcihub.execution.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.ddcihub.execution.domain.OutboxMessage;
import vn.ddcihub.execution.domain.OutboxStatus;

/**
 * The outbox as ADMIN sees it: whether SMTP is configured and how failed sends are
 * retried, counts per status, and the newest messages (without their bodies).
 */
public record OutboxView(boolean smtpConfigured, int maxAttempts, Duration firstRetry, Map<OutboxStatus, Long> counts,
		List<Entry> messages) {

	public record Entry(long id, String recipient, String subject, OutboxStatus status, int attempts,
			OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

		static Entry of(OutboxMessage m) {
			return new Entry(m.id(), m.recipient(), m.subject(), m.status(), m.attempts(), m.nextAttemptAt(),
					m.lastError(), m.createdAt(), m.sentAt());
		}

	}

}
