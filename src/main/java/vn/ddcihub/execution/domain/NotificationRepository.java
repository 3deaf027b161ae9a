package vn.ddcihub.execution.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table execution_notification: what each user sees under the bell. */
@Repository
public class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a notification unless one with the same key exists (a re-run, another node).
	 * @return whether it was added
	 */
	boolean insertOnce(long userId, Notice notice, String dedupeKey) {
		return jdbc.sql("""
				insert into execution_notification (user_id, kind, link, args, dedupe_key)
				values (?, ?, ?, ?::text[], ?) on conflict (dedupe_key) do nothing""")
			.params(userId, notice.kind().name(), notice.link(), notice.args().toArray(String[]::new), dedupeKey)
			.update() == 1;
	}

	/** The user's notifications, newest first. */
	List<Notification> list(long userId, int limit) {
		return jdbc.sql("""
				select id, kind, link, args, created_at, read_at from execution_notification
				where user_id = ? order by created_at desc, id desc limit ?""")
			.params(userId, limit)
			.query(NotificationRepository::notification)
			.list();
	}

	/** The bell's count: one indexed query (the partial index on unread rows). */
	public long unread(long userId) {
		return jdbc.sql("select count(*) from execution_notification where user_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/** Whose notification it is, for the access rule. */
	public Optional<Long> owner(long id) {
		return jdbc.sql("select user_id from execution_notification where id = ?")
			.param(id)
			.query(Long.class)
			.optional();
	}

	Optional<Notification> find(long userId, long id) {
		return jdbc.sql(
				"select id, kind, link, args, created_at, read_at from execution_notification where id = ? and user_id = ?")
			.params(id, userId)
			.query(NotificationRepository::notification)
			.optional();
	}

	void markRead(long userId, long id) {
		jdbc.sql("update execution_notification set read_at = now() where id = ? and user_id = ? and read_at is null")
			.params(id, userId)
			.update();
	}

	int markAllRead(long userId) {
		return jdbc.sql("update execution_notification set read_at = now() where user_id = ? and read_at is null")
			.param(userId)
			.update();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		Array args = rs.getArray("args");
		return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("link"),
				args == null ? List.of() : Arrays.asList((String[]) args.getArray()),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class));
	}

}
