package vn.ddcihub.execution.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table execution_notification_setting: whether a user also receives notifications by
 * e-mail. Without a row the answer is yes, so every user starts with e-mail on.
 */
@Repository
public class EmailPreferences {

	private final JdbcClient jdbc;

	EmailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean emailEnabled(long userId) {
		return !optedOut(Set.of(userId)).contains(userId);
	}

	/** Of these users, those who turned e-mail off, in one query. */
	Set<Long> optedOut(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select user_id from execution_notification_setting
				where not email_enabled and user_id = any(?::bigint[])""")
			.param(userIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	@Transactional
	public void setEmailEnabled(long userId, boolean enabled) {
		jdbc.sql("""
				insert into execution_notification_setting (user_id, email_enabled) values (?, ?)
				on conflict (user_id) do update set email_enabled = excluded.email_enabled, updated_at = now()""")
			.params(userId, enabled)
			.update();
	}

}
