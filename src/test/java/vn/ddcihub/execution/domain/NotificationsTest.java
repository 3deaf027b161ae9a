package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.ReportTransitioned;
import vn.ddcihub.plan.PlanApi;

/**
 * Notifications as the application runs them here, without SMTP settings: reminders stay
 * in the application and the outbox marks their e-mails SKIPPED and says why; a user who
 * turned e-mail off gets no e-mail; a returned or accepted report reaches the unit's
 * users; the bell counts unread notifications, the list and the API mark one or all read,
 * and another user's notification is not found.
 */
class NotificationsTest extends IntegrationTest {

	@Autowired
	private Reminders reminders;

	@Autowired
	private PlanApi plans;

	@Autowired
	private ReportTransitionNotices transitionNotices;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	private NotifyFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new NotifyFixtures(jdbc);
	}

	@Test
	void withoutSmtpRemindersStayInTheApplicationAndTheOutboxSaysWhy() throws Exception {
		long staff = fixtures.user("n10s-qldd", "QLDD", "UNIT_STAFF", "n10s-qldd@ddci.test");
		long period = fixtures.periodMissingOnly(plans, 2043, 9, "QLDD");

		reminders.run(LocalDate.of(2043, 9, 22));

		assertThat(kindsOf(staff, period)).containsExactly("REMINDER_BEFORE");
		assertThat(fixtures.outboxStatuses("n10s-qldd@ddci.test", ":p" + period + ":")).containsExactly("SKIPPED");
		Document outbox = page("/admin/outbox?status=SKIPPED", "admin");
		assertThat(outbox.select("#smtp-state").text()).contains("DDCI_SMTP_HOST")
			.contains("thông báo chỉ hiện trong ứng dụng");
		assertThat(outbox.select("#outbox tbody tr")
			.stream()
			.filter(tr -> tr.text().contains("n10s-qldd@ddci.test"))
			.findFirst()
			.orElseThrow()
			.text()).contains("Không gửi").contains("Sắp đến hạn báo cáo tháng 9/2043");
		mockMvc.perform(get("/api/v1/admin/outbox").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.smtpConfigured").value(false));
	}

	@Test
	void aUserWhoTurnedEmailOffIsNotifiedInTheApplicationOnly() throws Exception {
		long keeps = fixtures.user("n10o-keeps", "TTCNTT", "UNIT_STAFF", "n10o-keeps@ddci.test");
		long optedOut = fixtures.user("n10o-off", "TTCNTT", "UNIT_STAFF", "n10o-off@ddci.test");
		long period = fixtures.periodMissingOnly(plans, 2044, 2, "TTCNTT");
		assertThat(
				page("/account/notifications", "n10o-off").select("input[type=checkbox][name=email]").attr("checked"))
			.as("e-mail is on by default")
			.isNotNull();
		mockMvc.perform(post("/account/notifications").with(httpBasic("n10o-off", DEMO_PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/account/notifications"));
		assertThat(page("/account/notifications", "n10o-off").select("input[type=checkbox][name=email][checked]"))
			.isEmpty();
		// an unticked box sends nothing: the user who keeps e-mail posts it ticked
		mockMvc
			.perform(post("/account/notifications").param("email", "true")
				.with(httpBasic("n10o-keeps", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/notifications"));
		assertThat(page("/account/notifications", "n10o-keeps").select("input[type=checkbox][name=email][checked]"))
			.hasSize(1);

		reminders.run(LocalDate.of(2044, 2, 25));

		assertThat(kindsOf(keeps, period)).containsExactly("REMINDER_DUE");
		assertThat(kindsOf(optedOut, period)).containsExactly("REMINDER_DUE");
		assertThat(fixtures.outboxStatuses("n10o-keeps@ddci.test", ":p" + period + ":")).hasSize(1);
		assertThat(fixtures.outboxStatuses("n10o-off@ddci.test", ":p" + period + ":")).isEmpty();
	}

	@Test
	void theUnitHearsWhenItsReportIsReturnedOrAccepted() throws Exception {
		long staff = fixtures.user("n10t-qldd", "QLDD", "UNIT_STAFF", "n10t-qldd@ddci.test");
		long other = fixtures.user("n10t-ttcntt", "TTCNTT", "UNIT_STAFF", "n10t-ttcntt@ddci.test");
		var execution = fixtures.execution();
		long line = execution.monthlyLine(execution.seedPlanId(), 2045, 25);
		long period = execution.monthlyPeriod(line, 2045, 4, 25);
		long unit = execution.unitId("STNMT", "QLDD");
		long report = execution.report(period, unit, ReportStatus.RETURNED);
		ReportTransitioned returned = new ReportTransitioned(report, period, execution.organisationId("STNMT"), unit,
				ReportStatus.RETURNED, "vanphong", "Bổ sung minh chứng cho nhiệm vụ 3");

		transactions.executeWithoutResult(status -> events.publishEvent(returned));

		List<NotificationView> received = awaitNotifications("n10t-qldd", 1);
		assertThat(received.get(0).title()).isEqualTo("Báo cáo tháng 4/2045 bị trả lại");
		assertThat(received.get(0).text()).contains("Phòng Quản lý đất đai")
			.contains("Bổ sung minh chứng cho nhiệm vụ 3");
		assertThat(received.get(0).link()).isEqualTo("/reports/" + report);
		transitionNotices.on(returned);
		assertThat(jdbc.sql("select count(*) from execution_notification where user_id = ? and link = ?")
			.params(staff, "/reports/" + report)
			.query(Long.class)
			.single()).as("a redelivered event adds nothing").isEqualTo(1);

		jdbc.sql("insert into execution_report_event (report_id, actor, action) values (?, 'vanphong', 'ACCEPTED')")
			.param(report)
			.update();
		transactions.executeWithoutResult(status -> events.publishEvent(new ReportTransitioned(report, period,
				execution.organisationId("STNMT"), unit, ReportStatus.ACCEPTED, "vanphong", "")));
		assertThat(awaitNotifications("n10t-qldd", 2).get(0).title())
			.isEqualTo("Báo cáo tháng 4/2045 đã được chấp nhận");
		assertThat(jdbc.sql("select count(*) from execution_notification where user_id = ? and link like '/reports/%'")
			.param(other)
			.query(Long.class)
			.single()).as("another unit hears nothing").isZero();
		assertThat(fixtures.outboxStatuses("n10t-qldd@ddci.test", ":r" + report + ":")).containsExactly("SKIPPED",
				"SKIPPED");
	}

	@Test
	void theBellCountsUnreadAndTheListMarksThemRead() throws Exception {
		long owner = fixtures.user("n10b-qldd", "QLDD", "UNIT_STAFF", "");
		// without a unit, so that reminders other tests run never reach this user
		jdbc.sql("update org_user set unit_id = null where id = ?").param(owner).update();
		long first = notification(owner, "n10b-1");
		long second = notification(owner, "n10b-2");
		long third = notification(owner, "n10b-3");

		assertThat(page("/", "n10b-qldd").select("#bell .bell-count").text()).isEqualTo("3");
		assertThat(page("/", "n10b-qldd").select("#bell").attr("aria-label")).isEqualTo("3 thông báo chưa đọc");
		mockMvc.perform(get("/api/v1/notifications").with(httpBasic("n10b-qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(3))
			.andExpect(jsonPath("$.items[0].id").value(third))
			.andExpect(jsonPath("$.items[2].id").value(first))
			.andExpect(jsonPath("$.items[0].title").value("Quá hạn báo cáo tháng 6/2045"))
			.andExpect(jsonPath("$.items[0].read").value(false));
		mockMvc.perform(get("/api/v1/notifications?lang=en").with(httpBasic("n10b-qldd", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.items[0].title").value("Report for month 6/2045 overdue"));

		for (String stranger : List.of("qldd", "vanphong", "admin")) {
			mockMvc.perform(post("/api/v1/notifications/" + first + "/read").with(httpBasic(stranger, DEMO_PASSWORD)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Không tìm thấy thông báo #")));
			mockMvc
				.perform(
						post("/notifications/" + first + "/read").with(httpBasic(stranger, DEMO_PASSWORD)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		mockMvc.perform(post("/api/v1/notifications/" + first + "/read").with(httpBasic("n10b-qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(true));
		assertThat(page("/", "n10b-qldd").select("#bell .bell-count").text()).isEqualTo("2");

		mockMvc
			.perform(post("/notifications/" + second + "/read").param("open", "1")
				.with(httpBasic("n10b-qldd", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(redirectedUrl("/periods/42"));
		Document list = page("/notifications", "n10b-qldd");
		assertThat(list.select("#notifications > li").eachAttr("id")).startsWith("notification-" + third,
				"notification-" + second, "notification-" + first);
		assertThat(list.select("#notification-" + third).hasClass("unread")).isTrue();
		assertThat(list.select("#notification-" + second).hasClass("unread")).isFalse();

		mockMvc.perform(post("/notifications/read-all").with(httpBasic("n10b-qldd", DEMO_PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(page("/", "n10b-qldd").select("#bell .bell-count")).isEmpty();
		assertThat(page("/", "n10b-qldd").select("#bell").attr("aria-label")).isEqualTo("Thông báo");
		mockMvc.perform(post("/api/v1/notifications/read-all").with(httpBasic("n10b-qldd", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.marked").value(0));
	}

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService accounts;

	@Test
	void theBellCostsTheSameFewStatementsHoweverManyNotifications() throws Exception {
		long owner = fixtures.user("n10c-count", "QLDD", "UNIT_STAFF", "");
		jdbc.sql("update org_user set unit_id = null where id = ?").param(owner).update();
		var principal = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(accounts.loadUserByUsername("n10c-count"));
		notification(owner, "n10c-0");
		mockMvc.perform(get("/account/notifications").with(principal)).andExpect(status().isOk());
		int withOne = vn.ddcihub.StatementCounter.statementsOf(
				() -> mockMvc.perform(get("/account/notifications").with(principal)).andExpect(status().isOk()));
		for (int i = 1; i <= 40; i++) {
			notification(owner, "n10c-" + i);
		}
		String html = mockMvc.perform(get("/account/notifications").with(principal))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#bell .bell-count").text()).isEqualTo("41");
		int withMany = vn.ddcihub.StatementCounter.statementsOf(
				() -> mockMvc.perform(get("/account/notifications").with(principal)).andExpect(status().isOk()));
		assertThat(withMany).isEqualTo(withOne);
	}

	private long notification(long userId, String key) {
		return jdbc.sql("""
				insert into execution_notification (user_id, kind, link, args, dedupe_key, created_at)
				values (?, 'REMINDER_OVERDUE', '/periods/42', array['@execution.notify.frequency.MONTHLY', '6/2045',
				        'Phòng Quản lý đất đai', '25/06/2045', '3'], ?, clock_timestamp()) returning id""")
			.params(userId, key)
			.query(Long.class)
			.single();
	}

	private List<String> kindsOf(long userId, long period) {
		return jdbc.sql("select kind from execution_notification where user_id = ? and dedupe_key like ? order by id")
			.params(userId, "%:p" + period + ":%")
			.query(String.class)
			.list();
	}

	private Document page(String path, String user) throws Exception {
		return Jsoup.parse(mockMvc.perform(get(path).with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<NotificationView> awaitNotifications(String username, int count) throws Exception {
		for (int i = 0; i < 100; i++) {
			var found = jdbc.sql("""
					select n.id, n.kind, n.link from execution_notification n join org_user u on u.id = n.user_id
					where u.username = ? and n.link like '/reports/%' order by n.id desc""")
				.param(username)
				.query((rs, row) -> rs.getLong(1))
				.list();
			if (found.size() >= count) {
				return views(username);
			}
			Thread.sleep(100);
		}
		throw new AssertionError(username + " did not receive " + count + " notifications");
	}

	/** The user's notifications as the API answers them, newest first. */
	private List<NotificationView> views(String username) throws Exception {
		String json = mockMvc.perform(get("/api/v1/notifications").with(httpBasic(username, DEMO_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var items = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("items");
		List<NotificationView> views = new java.util.ArrayList<>();
		for (var item : items) {
			views.add(new NotificationView(item.get("title").asString(), item.get("text").asString(),
					item.get("link").asString()));
		}
		return views;
	}

	private record NotificationView(String title, String text, String link) {
	}

}
