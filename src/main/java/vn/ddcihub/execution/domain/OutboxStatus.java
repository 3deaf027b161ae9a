package vn.ddcihub.execution.domain;

/**
 * Where an e-mail of the outbox (hộp thư đi) stands: waiting to be sent (again), sent,
 * failed after the last attempt, or skipped because no SMTP server is configured (the
 * notification stayed in the application).
 */
public enum OutboxStatus {

	PENDING, SENT, FAILED, SKIPPED

}
