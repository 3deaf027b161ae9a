package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.plan.PlanApi;

/**
 * Reminders reach a real SMTP server (GreenMail) exactly once when two application nodes
 * — two db-scheduler schedulers on one database — run the reminder and outbox jobs again
 * and again, and when two nodes run the same day at the same moment: the overdue reminder
 * to the unit's users, the escalation to the unit's head and the Office, and the Office's
 * digest, in Vietnamese with a link to the period.
 */
class ReminderDeliveryTest extends IntegrationTest {

	private static final String UNIT_USER = "n10-qldd@ddci.test";

	private static final String OFFICE_USER = "n10-vanphong@ddci.test";

	private static final String UNIT_HEAD = "truongphong-qldd@ddci.test";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ReminderPeriods periods;

	@Autowired
	private PlanApi plans;

	@Autowired
	private OrgDirectory directory;

	@Autowired
	private NotificationRepository notifications;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private EmailPreferences preferences;

	@Autowired
	private NoticeText words;

	private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private NotifyFixtures fixtures;

	private String previousUnitEmail;

	@BeforeEach
	void setUp() {
		smtp.start();
		fixtures = new NotifyFixtures(jdbc);
		fixtures.setAsideOtherTestsWork(2041);
		fixtures.user("n10-qldd", "QLDD", "UNIT_STAFF", UNIT_USER);
		fixtures.user("n10-vanphong", "VP", "COORDINATOR", OFFICE_USER);
		previousUnitEmail = jdbc.sql("select email from org_unit where id = ?")
			.param(fixtures.execution().unitId("STNMT", "QLDD"))
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("update org_unit set email = ? where id = ?")
			.params(UNIT_HEAD, fixtures.execution().unitId("STNMT", "QLDD"))
			.update();
	}

	@AfterEach
	void tearDown() {
		smtp.stop();
		jdbc.sql("update org_unit set email = ? where id = ?")
			.params(previousUnitEmail, fixtures.execution().unitId("STNMT", "QLDD"))
			.update();
		jdbc.sql("delete from scheduled_tasks where task_name like 'n10-%'").update();
	}

	@Test
	void twoSchedulersOnOneDatabaseDeliverEachReminderOnce() throws Exception {
		long period = fixtures.periodMissingOnly(plans, 2041, 6, "QLDD");
		// 3 July 2041, 07:00 in Vietnam: eight days overdue, past the escalation after
		// seven
		var clock = NotifyFixtures.at("2041-07-03T00:00:00Z");
		MailSettings settings = NotifyFixtures.smtp(smtp.getSmtp().getPort(), 5);
		Notifier notifier = new Notifier(notifications, outbox, preferences, new MailDelivery(settings), settings,
				words);
		Reminders reminders = new Reminders(periods, plans, directory, notifier, NotifyFixtures.DEFAULT_REMINDERS);
		OutboxSender sender = new OutboxSender(outbox, new MailDelivery(settings), settings, transactions, clock);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		List<Scheduler> nodes = new ArrayList<>();
		for (String node : List.of("a", "b")) {
			// both nodes know the same two jobs, re-run every second
			nodes.add(Scheduler.create(dataSource)
				.startTasks(
						new ReminderJob("n10-reminders-" + suffix, Schedules.fixedDelay(Duration.ofSeconds(1)),
								reminders, clock),
						new OutboxJob("n10-outbox-" + suffix, Schedules.fixedDelay(Duration.ofSeconds(1)), sender))
				.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("n10-node-" + node))
				.pollingInterval(Duration.ofMillis(200))
				.threads(2)
				.build());
		}
		nodes.forEach(Scheduler::start);
		try {
			smtp.waitForIncomingEmail(15_000, 4);
			Thread.sleep(4_000);
		}
		finally {
			nodes.forEach(Scheduler::stop);
		}

		assertThat(subjectsTo(UNIT_USER, "6/2041")).containsExactly("DDCI Hub: Quá hạn báo cáo tháng 6/2041");
		assertThat(subjectsTo(UNIT_HEAD, "6/2041"))
			.containsExactly("DDCI Hub: Đôn đốc: Phòng Quản lý đất đai chưa báo cáo tháng 6/2041");
		assertThat(subjectsTo(OFFICE_USER, "6/2041"))
			.containsExactly("DDCI Hub: Đôn đốc: Phòng Quản lý đất đai chưa báo cáo tháng 6/2041");
		assertThat(subjectsTo(OFFICE_USER, "Tổng hợp")).hasSize(1);

		MimeMessage reminder = messagesTo(UNIT_USER, "6/2041").get(0);
		String body = (String) reminder.getContent();
		assertThat(reminder.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(body).contains("Kính gửi Người dùng thử n10-qldd")
			.contains("Phòng Quản lý đất đai chưa gửi báo cáo tháng 6/2041: đã quá hạn 8 ngày (hạn 25/06/2041).")
			.contains("Xem chi tiết: https://ddci.test/periods/" + period)
			.contains("https://ddci.test/account/notifications");
		String digest = (String) messagesTo(OFFICE_USER, "Tổng hợp").get(0).getContent();
		assertThat(digest).contains("Phòng Quản lý đất đai (6/2041, 25/06/2041)");

		assertThat(jdbc.sql("""
				select count(*) from execution_notification n join org_user u on u.id = n.user_id
				where u.username = 'n10-qldd' and n.dedupe_key like ?""")
			.param("%:p" + period + ":%")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from execution_outbox where dedupe_key like ? and status <> 'SENT'")
			.param("%:p" + period + ":%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoNodesRunningTheSameDayAtOnceAddEachReminderOnce() throws Exception {
		long period = fixtures.periodMissingOnly(plans, 2042, 3, "QLDD");
		MailSettings settings = NotifyFixtures.smtp(smtp.getSmtp().getPort(), 5);
		Notifier notifier = new Notifier(notifications, outbox, preferences, new MailDelivery(settings), settings,
				words);
		Reminders nodeA = new Reminders(periods, plans, directory, notifier, NotifyFixtures.DEFAULT_REMINDERS);
		Reminders nodeB = new Reminders(periods, plans, directory, notifier, NotifyFixtures.DEFAULT_REMINDERS);
		LocalDate dueDay = LocalDate.of(2042, 3, 25);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(() -> nodeA.run(dueDay),
					() -> nodeB.run(dueDay), () -> nodeA.run(dueDay), () -> nodeB.run(dueDay)));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("""
				select kind from execution_notification n join org_user u on u.id = n.user_id
				where u.username = 'n10-qldd' and n.dedupe_key like ?""")
			.param("%:p" + period + ":%")
			.query(String.class)
			.list()).containsExactly("REMINDER_DUE");
		assertThat(jdbc.sql("select count(*) from execution_outbox where recipient = ? and dedupe_key like ?")
			.params(UNIT_USER, "%:p" + period + ":%")
			.query(Long.class)
			.single()).isEqualTo(1);
		new OutboxSender(outbox, new MailDelivery(settings), settings, transactions,
				NotifyFixtures.at("2042-03-25T01:00:00Z"))
			.sendDue();
		assertThat(subjectsTo(UNIT_USER, "3/2042")).containsExactly("DDCI Hub: Hôm nay đến hạn báo cáo tháng 3/2042");
	}

	private List<MimeMessage> messagesTo(String address, String subjectPart) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			boolean to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equals(address));
			if (to && message.getSubject().contains(subjectPart)) {
				found.add(message);
			}
		}
		return found;
	}

	private List<String> subjectsTo(String address, String subjectPart) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : messagesTo(address, subjectPart)) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

}
