package vn.ddcihub.execution.domain;

import java.time.OffsetDateTime;

/** One e-mail of the outbox and its delivery state. */
public record OutboxMessage(long id, String recipient, String subject, String body, OutboxStatus status, int attempts,
		OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
