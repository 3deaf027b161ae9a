package vn.ddcihub.execution.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table execution_outbox: every e-mail and its delivery state. */
@Repository
public class OutboxRepository {

	private static final String COLUMNS = "id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at";

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a message unless one with the same key exists (a re-run, another node). */
	boolean insertOnce(String dedupeKey, Long userId, String recipient, String subject, String body,
			OutboxStatus status, String lastError) {
		return jdbc.sql("""
				insert into execution_outbox (dedupe_key, user_id, recipient, subject, body, status, last_error)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (dedupe_key) do nothing""")
			.params(dedupeKey, userId, recipient, subject, body, status.name(), lastError)
			.update() == 1;
	}

	/**
	 * The next message due for sending, locked for this transaction; messages another
	 * node is sending are skipped, so each is sent by one node.
	 */
	Optional<OutboxMessage> lockNextDue(Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				 from execution_outbox where status = 'PENDING' and next_attempt_at <= ?
				order by next_attempt_at, id limit 1 for update skip locked""")
			.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(OutboxRepository::message)
			.optional();
	}

	void sent(long id, Instant at) {
		jdbc.sql(
				"update execution_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = '' where id = ?")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
			.update();
	}

	/** A failed attempt: tried again at {@code retryAt}, or FAILED when that is null. */
	void attemptFailed(long id, String error, Instant retryAt) {
		jdbc.sql("""
				update execution_outbox set attempts = attempts + 1, last_error = ?,
				    status = case when ?::timestamptz is null then 'FAILED' else 'PENDING' end,
				    next_attempt_at = coalesce(?::timestamptz, next_attempt_at)
				where id = ?""")
			.params(error, retryAt == null ? null : OffsetDateTime.ofInstant(retryAt, ZoneOffset.UTC),
					retryAt == null ? null : OffsetDateTime.ofInstant(retryAt, ZoneOffset.UTC), id)
			.update();
	}

	/** The newest messages, optionally of one status. */
	public List<OutboxMessage> newest(OutboxStatus status, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from execution_outbox where (?::text is null or status = ?)
				order by created_at desc, id desc limit ?""")
			.params(status == null ? null : status.name(), status == null ? null : status.name(), limit)
			.query(OutboxRepository::message)
			.list();
	}

	/** How many messages are in each status. */
	public Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("select status, count(*) from execution_outbox group by status")
			.query((rs, i) -> counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("body"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));
	}

}
