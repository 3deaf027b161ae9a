package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.domain.NotifyFixtures.MovableClock;
import vn.ddcihub.org.Contact;

/**
 * A send that fails because the SMTP server is down is tried again after 1, then 4
 * minutes, and reaches the server once it is back; a message that keeps failing is FAILED
 * after the last attempt with the server's answer, visible to ADMIN on the outbox page
 * and in the API, and to nobody else.
 */
class OutboxRetryTest extends IntegrationTest {

	@Autowired
	private NotificationRepository notifications;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private EmailPreferences preferences;

	@Autowired
	private NoticeText words;

	@Autowired
	private TransactionTemplate transactions;

	@org.junit.jupiter.api.BeforeEach
	void setAsideOtherTestsWork() {
		new NotifyFixtures(jdbc).setAsideOtherTestsWork(2041);
	}

	@Test
	void aFailedSendIsRetriedWithBackOffAndArrivesWhenTheServerIsBack() throws Exception {
		int port = freePort();
		MailSettings settings = NotifyFixtures.smtp(port, 5);
		MovableClock clock = new MovableClock(Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS));
		queue(settings, "n10-retry-1", "n10-retry@ddci.test");
		OutboxSender sender = new OutboxSender(outbox, new MailDelivery(settings), settings, transactions, clock);

		assertThat(sender.sendDue()).isEqualTo(1);
		OutboxMessage first = message("n10-retry@ddci.test");
		assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastError()).isNotBlank();
		assertThat(Duration.between(clock.instant(), first.nextAttemptAt().toInstant()))
			.isEqualTo(Duration.ofMinutes(1));
		assertThat(sender.sendDue()).as("not due again before its wait").isZero();

		clock.advance(Duration.ofMinutes(1));
		assertThat(sender.sendDue()).isEqualTo(1);
		OutboxMessage second = message("n10-retry@ddci.test");
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(Duration.between(clock.instant(), second.nextAttemptAt().toInstant()))
			.isEqualTo(Duration.ofMinutes(4));

		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			clock.advance(Duration.ofMinutes(4));
			assertThat(sender.sendDue()).isEqualTo(1);
			assertThat(smtp.getReceivedMessages()).hasSize(1);
			assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("DDCI Hub: Quá hạn báo cáo tháng 6/2043");
		}
		finally {
			smtp.stop();
		}
		OutboxMessage sent = message("n10-retry@ddci.test");
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.lastError()).isEmpty();
	}

	@Test
	void aMessageThatKeepsFailingIsFailedAndAdminSeesWhy() throws Exception {
		int port = freePort();
		MailSettings settings = NotifyFixtures.smtp(port, 2);
		MovableClock clock = new MovableClock(Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS));
		queue(settings, "n10-retry-2", "n10-failing@ddci.test");
		OutboxSender sender = new OutboxSender(outbox, new MailDelivery(settings), settings, transactions, clock);
		sender.sendDue();
		clock.advance(Duration.ofMinutes(1));
		sender.sendDue();
		OutboxMessage failed = message("n10-failing@ddci.test");
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(2);
		clock.advance(Duration.ofDays(1));
		assertThat(sender.sendDue()).as("a FAILED message is not tried again").isZero();

		Document page = Jsoup
			.parse(mockMvc.perform(get("/admin/outbox?status=FAILED").with(httpBasic("admin", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		var row = page.select("#outbox tbody tr")
			.stream()
			.filter(tr -> tr.text().contains("n10-failing@ddci.test"))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("Gửi không được").contains(failed.lastError());
		mockMvc.perform(get("/api/v1/admin/outbox?status=FAILED").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[?(@.recipient == 'n10-failing@ddci.test')].status").value("FAILED"))
			.andExpect(jsonPath("$.messages[?(@.recipient == 'n10-failing@ddci.test')].attempts").value(2));
		for (String user : List.of("vanphong", "lanhdao", "qldd")) {
			mockMvc.perform(get("/admin/outbox").with(httpBasic(user, DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
			mockMvc.perform(get("/api/v1/admin/outbox").with(httpBasic(user, DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
		}
	}

	/** A reminder for one made-up user, queued while SMTP is configured. */
	private void queue(MailSettings settings, String key, String address) {
		Notifier notifier = new Notifier(notifications, outbox, preferences, new MailDelivery(settings), settings,
				words);
		Notice notice = new Notice(NotificationKind.REMINDER_OVERDUE, key, "/periods/1",
				List.of(Notice.messageKey("execution.notify.frequency.MONTHLY"), "6/2043", "Phòng Quản lý đất đai",
						"25/06/2043", "2"));
		long userId = 900_000_000L + Math.abs(key.hashCode() % 1000);
		notifier.notify(notice, List.of(new Contact(userId, key, "Người nhận thử", address, null, null)), List.of());
	}

	private OutboxMessage message(String recipient) {
		return outbox.newest(null, 500).stream().filter(m -> m.recipient().equals(recipient)).findFirst().orElseThrow();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
