package vn.ddcihub.execution.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ddcihub.execution.ExecutionFixtures;
import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.plan.PlanApi;

/**
 * Rows and settings for the notification tests: users with e-mail addresses in the seed
 * department's units (signing in with the demo password), a monthly period in the test's
 * own year in which every expected unit but one has reported, and SMTP settings for a
 * GreenMail server.
 */
final class NotifyFixtures {

	static final ReminderSettings DEFAULT_REMINDERS = new ReminderSettings(3, 3, 7, LocalTime.of(7, 0));

	private final JdbcClient jdbc;

	private final ExecutionFixtures execution;

	NotifyFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.execution = new ExecutionFixtures(jdbc);
	}

	ExecutionFixtures execution() {
		return execution;
	}

	/** A user of a seed unit with an e-mail address and the demo password. */
	long user(String username, String unitCode, String role, String email) {
		return jdbc.sql("""
				insert into org_user (username, display_name, email, password_hash, organisation_id, unit_id, roles)
				select ?, ?, ?, (select password_hash from org_user where username = 'qldd'), u.organisation_id, u.id,
				       array[?]::text[]
				from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = ?
				on conflict (username) do update set email = excluded.email returning id""")
			.params(username, "Người dùng thử " + username + " (Phòng Quản lý đất đai)", email, role, unitCode)
			.query(Long.class)
			.single();
	}

	/**
	 * A monthly period of the seed plan in {@code year}/{@code month}, due on the 25th,
	 * in which every unit expected to report has submitted except
	 * {@code missingUnitCode}.
	 */
	long periodMissingOnly(PlanApi plans, int year, int month, String missingUnitCode) {
		long plan = execution.seedPlanId();
		long office = execution.unitId("STNMT", "VP");
		long line = execution.monthlyLine(plan, year, 25);
		long period = execution.monthlyPeriod(line, year, month, 25);
		long missing = execution.unitId("STNMT", missingUnitCode);
		for (long unit : ExpectedReporters.of(plans.outline(plan).orElseThrow(), null, Set.of(office))) {
			if (unit != missing) {
				execution.report(period, unit, ReportStatus.SUBMITTED);
			}
		}
		return period;
	}

	/**
	 * Other test classes leave open periods of earlier years and waiting e-mails in the
	 * shared database; a reminder or outbox test is about its own periods and messages,
	 * so those are closed and set aside first.
	 */
	void setAsideOtherTestsWork(int beforeYear) {
		jdbc.sql("update execution_period set status = 'CLOSED' where status = 'OPEN' and not illustrative"
				+ " and due_on < make_date(?, 1, 1)")
			.param(beforeYear)
			.update();
		jdbc.sql("update execution_outbox set status = 'SKIPPED' where status = 'PENDING'").update();
	}

	/** SMTP settings for a server on localhost at {@code port}, links to ddci.test. */
	static MailSettings smtp(int port, int maxAttempts) {
		return new MailSettings("127.0.0.1", port, "", "", "ddci-hub@ddci.test", false, false, "https://ddci.test",
				maxAttempts, Duration.ofMinutes(1), Duration.ofSeconds(3));
	}

	static Clock at(String isoInstant) {
		return Clock.fixed(Instant.parse(isoInstant), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	/**
	 * Statuses of the e-mails to {@code recipient} whose key contains {@code keyPart}.
	 */
	List<String> outboxStatuses(String recipient, String keyPart) {
		return jdbc
			.sql("select status from execution_outbox where recipient = ? and strpos(dedupe_key, ?) > 0 order by id")
			.params(recipient, keyPart)
			.query(String.class)
			.list();
	}

	/** A clock a test moves forward, for retries. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Ho_Chi_Minh");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
