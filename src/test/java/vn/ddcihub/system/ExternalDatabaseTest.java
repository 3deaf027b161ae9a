package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ddcihub.DdciHubApplication;

/**
 * DDCI_DB_URL points the application at an external PostgreSQL (here a second server
 * started by the test); with DDCI_DEMO=false it starts empty but for one administrator
 * whose password comes from DDCI_ADMIN_PASSWORD.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTest {

	@Test
	void externalDatabaseIsMigratedAndGetsOnlyTheConfiguredAdministrator() {
		EmbeddedPostgresServer external = EmbeddedPostgresServer.start(Path.of("target/test-data/external-postgres"), 0,
				true);
		external.ensureDatabase("ddci_external");
		String url = external.jdbcUrl("ddci_external");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DdciHubApplication.class).run(
				"--ddci.db.url=" + url, "--ddci.db.user=" + external.superuser(),
				"--ddci.db.password=" + external.password(external.superuser()), "--server.port=0", "--ddci.demo=false",
				"--ddci.admin-password=first-admin-pw-1")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("ddci_external");
			assertThat(
					jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
				.isPositive();
			assertThat(jdbc.sql("select username from org_user").query(String.class).list()).containsExactly("admin");
			assertThat(jdbc.sql("select count(*) from org_organisation").query(Integer.class).single()).isZero();
			String hash = jdbc.sql("select password_hash from org_user where username = 'admin'")
				.query(String.class)
				.single();
			PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
			assertThat(encoder.matches("first-admin-pw-1", hash)).isTrue();
			assertThat(encoder.matches("demo123", hash)).isFalse();
		}
		finally {
			external.stop();
		}
	}

	@Test
	void withoutAConfiguredPasswordTheFirstAdminPasswordIsGeneratedAndPrintedOnce(CapturedOutput output) {
		EmbeddedPostgresServer external = EmbeddedPostgresServer.start(Path.of("target/test-data/external-postgres-2"),
				0, true);
		external.ensureDatabase("ddci_generated");
		String[] args = { "--ddci.db.url=" + external.jdbcUrl("ddci_generated"),
				"--ddci.db.user=" + external.superuser(),
				"--ddci.db.password=" + external.password(external.superuser()), "--server.port=0", "--ddci.demo=false",
				"--ddci.admin-password=" };
		try {
			String password;
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DdciHubApplication.class)
				.run(args)) {
				Matcher printed = Pattern.compile("user: admin\\s+password: (\\S+)").matcher(output.getOut());
				assertThat(printed.find()).as("the generated password is printed").isTrue();
				password = printed.group(1);
				assertThat(password).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("demo123");
				String hash = app.getBean(JdbcClient.class)
					.sql("select password_hash from org_user where username = 'admin'")
					.query(String.class)
					.single();
				assertThat(app.getBean(PasswordEncoder.class).matches(password, hash)).isTrue();
			}
			int printedBefore = output.getOut().split("password: ", -1).length;
			try (ConfigurableApplicationContext again = new SpringApplicationBuilder(DdciHubApplication.class)
				.run(args)) {
				assertThat(output.getOut().split("password: ", -1).length).as("printed only at first start")
					.isEqualTo(printedBefore);
			}
		}
		finally {
			external.stop();
		}
	}

}
