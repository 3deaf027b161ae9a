package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.ddcihub.DdciHubApplication;
import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.IndexService.ScoreCorrection;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.domain.OrgAdministration;
import vn.ddcihub.org.domain.OrganisationForm;
import vn.ddcihub.plan.domain.PlanInput;
import vn.ddcihub.plan.domain.PlanService;
import vn.ddcihub.plan.domain.TargetInput;

/**
 * A delivery that failed is not lost: the event stays in the registry and a node starting
 * on the same database hands it to its listener again. Here the plan module's listener
 * fails on this node (the database refuses the update, as in an outage), then a second
 * node starts on the same PostgreSQL and refreshes the plan at start-up. A district of
 * its own, so the seed's department editions stay as they are for the other tests.
 */
class EventRepublicationTest extends IntegrationTest {

	static final int YEAR = 2073;
	static final String LISTENER = "plan.baseline-refresh";
	static final CurrentUser ADMIN = new CurrentUser(0, "restart-test-admin", "Quản trị", null, null,
			EnumSet.of(Role.ADMIN), "", true);

	@Autowired
	IndexService index;

	@Autowired
	PlanService plans;

	@Autowired
	OrgAdministration administration;

	@Autowired
	DataSource dataSource;

	@Test
	void aFailedDeliveryIsHandedToItsListenerAgainWhenANodeStarts() throws Exception {
		long organisation = administration
			.createOrganisation(
					new OrganisationForm("HKD", "UBND huyện Khởi Động", null, OrganisationKind.DISTRICT, null, true))
			.id();
		mockMvc
			.perform(post("/api/v1/assessed-units").with(httpBasic("admin", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"HKD\",\"name\":\"Huyện Khởi Động\",\"block\":\"DISTRICT\",\"organisationId\":"
						+ organisation + "}"))
			.andExpect(status().isOk());
		index.importResults(YEAR, Block.DISTRICT, "ddci-2073.csv", """
				unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8
				HKD,Huyện Khởi Động,6,6,6,6,6,6,6,6
				HKD2,Huyện Thứ Hai,7,7,7,7,7,7,7,7
				HKD3,Huyện Thứ Ba,8,8,8,8,8,8,8,8
				""".getBytes(StandardCharsets.UTF_8), true);
		long plan = plans.create(ADMIN,
				new PlanInput(organisation, "09/KH-UBND", "Khởi Động", LocalDate.of(YEAR + 1, 2, 1),
						"UBND TỈNH LẠNG SƠN", "UBND HUYỆN KHỞI ĐỘNG", "Kế hoạch nâng cao chỉ số DDCI năm " + (YEAR + 1),
						YEAR + 1, YEAR, YEAR + 1, List.of(), "", List.of(), List.of(), List.of(), List.of(), "",
						"GIÁM ĐỐC", "Nguyễn Văn A", 10, 70.0, 10));
		long target = plans.addTarget(plan, new TargetInput("C1", "Tính minh bạch và tiếp cận thông tin", 1, 6.0, 3,
				7.8, "Đạt trên 7,80 điểm", "", "", List.of(), List.of(), "+", false));
		await().atMost(Duration.ofSeconds(30)).until(() -> outstanding() == 0);

		refuseBaselineUpdates(target);
		try {
			index.correct(YEAR, Block.DISTRICT, "HKD", withC1(9.5));
			await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(publicationStatus()));
			assertThat(baseline(target)).isEqualTo("6.00/3");
		}
		finally {
			allowBaselineUpdates();
		}

		String url = jdbcUrl();
		try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(DdciHubApplication.class).run(
				"--ddci.db.url=" + url, "--ddci.db.user=ddci_owner",
				"--ddci.db.password=" + sharedServer().password("ddci_owner"), "--ddci.db.pool-size=4",
				"--server.port=0", "--ddci.demo=true", "--ddci.templates-dir=target/test-data/templates")) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(baseline(target)).isEqualTo("9.50/1");
				assertThat(publicationStatus()).isEqualTo("COMPLETED");
			});
		}
	}

	private String publicationStatus() {
		return jdbc.sql("""
				select coalesce(status, case when completion_date is null then 'INCOMPLETE' else 'COMPLETED' end)
				from event_publication where listener_id = :listener and serialized_event like :event
				order by publication_date desc limit 1""")
			.param("listener", LISTENER)
			.param("event", "%\"year\":" + YEAR + "%")
			.query(String.class)
			.optional()
			.orElse("");
	}

	private int outstanding() {
		return jdbc.sql(
				"select count(*) from event_publication where completion_date is null and serialized_event like :event")
			.param("event", "%\"year\":" + YEAR + "%")
			.query(Integer.class)
			.single();
	}

	private String baseline(long target) {
		return jdbc.sql("select baseline_score || '/' || baseline_rank from plan_target where id = :id")
			.param("id", target)
			.query(String.class)
			.single();
	}

	/**
	 * An outage as the listener sees it: the database refuses to change this target. A
	 * trigger is a schema change, which only the owner of the database may make.
	 */
	private void refuseBaselineUpdates(long target) {
		JdbcClient owner = owner();
		owner.sql("""
				create function test_refuse_baseline() returns trigger language plpgsql
				as $$ begin raise exception 'simulated outage'; end $$""").update();
		owner
			.sql("create trigger test_refuse_baseline before update on plan_target for each row when (old.id = "
					+ target + ") execute function test_refuse_baseline()")
			.update();
	}

	private void allowBaselineUpdates() {
		JdbcClient owner = owner();
		owner.sql("drop trigger if exists test_refuse_baseline on plan_target").update();
		owner.sql("drop function if exists test_refuse_baseline()").update();
	}

	/** The tests' embedded server (already running: start hands it back). */
	private static EmbeddedPostgresServer sharedServer() {
		return EmbeddedPostgresServer.start(Path.of("target/test-data/postgres"), 0, true);
	}

	private JdbcClient owner() {
		try {
			return JdbcClient
				.create(new DriverManagerDataSource(jdbcUrl(), "ddci_owner", sharedServer().password("ddci_owner")));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ScoreCorrection withC1(double c1) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (int c = 1; c <= 8; c++) {
			scores.put("C" + c, c == 1 ? c1 : 6.0);
		}
		return new ScoreCorrection(scores, null, null);
	}

	/**
	 * The URL of the shared database, read from a connection (the tests' data source may
	 * be wrapped).
	 */
	private String jdbcUrl() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

}
