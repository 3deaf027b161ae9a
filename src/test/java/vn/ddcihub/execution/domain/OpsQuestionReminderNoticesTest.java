package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.DueReminder;
import vn.ddcihub.operations.question.QuestionReminders;

/**
 * A question's reminder becomes a notification for each user of the unit that must
 * answer, once: the same reminder again (another node, a redelivery) adds nothing; with
 * no unit the organisation's Office hears it; the daily question run publishes the
 * reminders that execution turns into notifications.
 */
class OpsQuestionReminderNoticesTest extends IntegrationTest {

	@Autowired
	private DueReminderNotices notices;

	@Autowired
	private QuestionReminders reminders;

	@Test
	void aReminderNotifiesTheUnitsStaffOnce() {
		long stnmt = organisation();
		long qldd = unit("QLDD");
		String key = "question:test-" + System.nanoTime() + ":soon";
		DueReminder reminder = new DueReminder("question", key, stnmt, qldd, "Câu hỏi về thuê đất",
				"/operations/questions/1", LocalDate.of(2026, 12, 10), false);
		// every active user of the unit, whatever other tests added to it
		java.util.List<String> staff = jdbc.sql("select username from org_user where active and unit_id = ?")
			.param(qldd)
			.query(String.class)
			.list();
		assertThat(staff).contains("qldd").doesNotContain("ttcntt");
		assertThat(notices.notify(reminder)).isEqualTo(staff.size());
		assertThat(notices.notify(reminder)).isZero();
		assertThat(jdbc.sql("""
				select u.username from execution_notification n join org_user u on u.id = n.user_id
				where n.dedupe_key like ?""").param("DUE:" + key + "%").query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(staff);
		String office = "question:office-" + System.nanoTime() + ":overdue";
		long coordinators = jdbc.sql("""
				select count(*) from org_user where active and organisation_id = ? and 'COORDINATOR' = any(roles)""")
			.param(stnmt)
			.query(Long.class)
			.single();
		assertThat(notices.notify(new DueReminder("follow-up", office, stnmt, null, "Việc sau đối thoại", "/x",
				LocalDate.of(2026, 11, 1), true)))
			.isEqualTo(coordinators)
			.isPositive();
		assertThat(jdbc.sql("select kind from execution_notification where dedupe_key like ?")
			.param("DUE:" + office + "%")
			.query(String.class)
			.list()).containsOnly("ITEM_OVERDUE");
	}

	@Test
	void theDailyRunRemindsAnOverdueQuestionThroughExecution() throws InterruptedException {
		long stnmt = organisation();
		long qldd = unit("QLDD");
		long id = jdbc
			.sql("""
					insert into ops_question (organisation_id, tracking_hash, kind, field, contact_name, title, content, status,
					    unit_id, due_on, assigned_at)
					values (?, ?, 'QUESTION', 'LAND', 'Người thử', 'Câu hỏi quá hạn của phép thử', 'Nội dung', 'ASSIGNED', ?, ?, ?)
					returning id""")
			.params(stnmt, "test-" + System.nanoTime(), qldd, LocalDate.of(2020, 1, 2), OffsetDateTime.now())
			.query(Long.class)
			.single();
		// 2020: before every illustrative question's due date, so only this one is
		// reminded
		assertThat(reminders.run(LocalDate.of(2020, 1, 5))).isEqualTo(1);
		String key = "DUE:question:" + id + ":2020-01-02:overdue%";
		long deadline = System.currentTimeMillis() + 20_000;
		while (count(key) == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		Thread.sleep(500);
		long notified = count(key);
		assertThat(notified).isPositive();
		assertThat(reminders.run(LocalDate.of(2020, 1, 6))).isEqualTo(1);
		Thread.sleep(1000);
		assertThat(count(key)).isEqualTo(notified);
		jdbc.sql("update ops_question set status = 'ANSWERED', answered_at = now() where id = ?").param(id).update();
	}

	private long count(String key) {
		return jdbc.sql("select count(*) from execution_notification where dedupe_key like ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	private long organisation() {
		return jdbc.sql("select id from org_organisation where code = 'STNMT'").query(Long.class).single();
	}

	private long unit(String code) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = 'STNMT' and u.code = ?""").param(code).query(Long.class).single();
	}

}
