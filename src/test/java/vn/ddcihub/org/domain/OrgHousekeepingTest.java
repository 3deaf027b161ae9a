package vn.ddcihub.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.VietnamTime;

/**
 * The nightly db-scheduler job of org: what it deletes, what it keeps, and when it runs.
 */
class OrgHousekeepingTest extends IntegrationTest {

	@Autowired
	OrgHousekeeping housekeeping;

	@Autowired
	LoginThrottle throttle;

	@Test
	void deletesLoginAttemptsOutsideTheWindowAndKeepsThoseThatStillSlow() {
		String username = "housekeeping-" + System.nanoTime();
		int failures = LoginThrottle.FREE_FAILURES + 2;
		for (int i = 0; i < failures; i++) {
			attempt(username, "192.0.2.1", LoginThrottle.WINDOW_MINUTES + 1);
			attempt(username, "192.0.2.2", 1);
		}
		assertThat(throttle.waitBeforeNextAttempt(username, "192.0.2.2")).isPositive();

		OrgHousekeeping.Cleaned cleaned = housekeeping.run();

		assertThat(cleaned.loginAttempts()).isGreaterThanOrEqualTo(failures);
		assertThat(jdbc.sql("select remote_addr from org_login_attempt where username = :username")
			.param("username", username)
			.query(String.class)
			.list()).hasSize(failures).containsOnly("192.0.2.2");
		assertThat(throttle.waitBeforeNextAttempt(username, "192.0.2.2")).as("the recent failures still slow")
			.isPositive();
	}

	@Test
	void deletesTokensRevokedLongAgoAndKeepsRecentlyRevokedAndActiveOnes() {
		long admin = jdbc.sql("select id from org_user where username = 'admin'").query(Long.class).single();
		String prefix = "housekeeping-" + System.nanoTime() + "-";
		token(admin, prefix + "revoked-long-ago", "now() - interval '400 days'", "now() - interval '31 days'");
		token(admin, prefix + "revoked-yesterday", "now() - interval '400 days'", "now() - interval '1 day'");
		token(admin, prefix + "active-for-years", "now() - interval '800 days'", "null");

		OrgHousekeeping.Cleaned cleaned = housekeeping.run();

		assertThat(cleaned.revokedTokens()).isGreaterThanOrEqualTo(1);
		List<String> left = jdbc.sql("select name from org_api_token where name like :prefix order by name")
			.param("prefix", prefix + "%")
			.query(String.class)
			.list();
		assertThat(left).containsExactly(prefix + "active-for-years", prefix + "revoked-yesterday");
	}

	@Test
	void isScheduledOnceForHalfPastTwoAtNightVietnameseTime() {
		List<OffsetDateTime> executions = jdbc.sql("select execution_time from scheduled_tasks where task_name = :task")
			.param("task", OrgHousekeeping.TASK)
			.query(OffsetDateTime.class)
			.list();
		assertThat(executions).as("one row: whichever node picks it runs it, the others do not").hasSize(1);
		ZonedDateTime next = executions.get(0).atZoneSameInstant(VietnamTime.ZONE);
		assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(2, 30));
		assertThat(next).isAfter(ZonedDateTime.now()).isBefore(ZonedDateTime.now().plusDays(1).plusMinutes(1));
	}

	private void attempt(String username, String address, int minutesAgo) {
		jdbc.sql("""
				insert into org_login_attempt (username, remote_addr, success, attempted_at)
				values (:username, :address, false, now() - make_interval(mins => :minutes))""")
			.param("username", username)
			.param("address", address)
			.param("minutes", minutesAgo)
			.update();
	}

	private void token(long userId, String name, String createdAt, String revokedAt) {
		jdbc.sql(
				"insert into org_api_token (user_id, name, token_hash, created_at, revoked_at) values (:user, :name, md5(:name) || md5(:name), "
						+ createdAt + ", " + revokedAt + ")")
			.param("user", userId)
			.param("name", name)
			.update();
	}

}
