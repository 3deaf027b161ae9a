package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ddcihub.IntegrationTest;

/**
 * The embedded PostgreSQL trusts nobody: every role needs its password, the passwords
 * file is its owner's only, and the application works as a role that is no superuser and
 * cannot reach the operating system or other roles' password hashes.
 */
class EmbeddedDatabaseSecurityTest extends IntegrationTest {

	private static final Path DATA = Path.of("target/test-data/postgres");

	private final EmbeddedPostgresServer server = EmbeddedPostgresServer.start(DATA, 0, true);

	@Test
	void aConnectionWithoutTheRightPasswordIsRefusedForEveryRole() {
		String url = server.jdbcUrl("ddci");
		for (String role : List.of("postgres", "ddci_owner", "ddci_app")) {
			assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close()).as(role)
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, role, "demo123").close()).as(role)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
	}

	@Test
	void clientAuthenticationAsksEveryConnectionForAScramPassword() throws Exception {
		List<String> rules = Files.readAllLines(DATA.resolve("pg_hba.conf"))
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
		assertThat(rules).noneMatch(rule -> rule.contains("trust"));
		assertThat(rules).anyMatch(rule -> rule.startsWith("local"));
	}

	@Test
	void thePasswordsFileIsReadableByItsOwnerOnly() throws Exception {
		Path file = Path.of("target/test-data/postgres.pgpass");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).contains("*:*:*:ddci_app:" + server.password("ddci_app"));
		assertThat(server.password("ddci_app")).hasSizeGreaterThanOrEqualTo(20)
			.isNotEqualTo(server.password("postgres"))
			.isNotEqualTo(server.password("ddci_owner"));
	}

	@Test
	void theApplicationWorksAsARoleThatIsNoSuperuser() {
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("ddci_app");
		assertThat(
				jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
					.query(Boolean.class)
					.single())
			.isFalse();
		assertThatThrownBy(() -> jdbc.sql("copy (select 1) to program 'id'").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("select rolpassword from pg_authid").query(String.class).list()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("create table not_allowed (id int)").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("drop table org_user").update()).rootCause()
			.hasMessageContaining("must be owner");
	}

	@Test
	void migrationsRanAsTheOwnerAndTablesOfLaterMigrationsAreOpenToTheApplication() throws Exception {
		assertThat(
				jdbc.sql("select tableowner from pg_tables where tablename = 'org_user'").query(String.class).single())
			.isEqualTo("ddci_owner");
		assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history").query(String.class).list())
			.containsExactly("ddci_owner");
		try (Connection owner = DriverManager.getConnection(server.jdbcUrl("ddci"), "ddci_owner",
				server.password("ddci_owner"))) {
			owner.createStatement().execute("create table later_migration_probe (id bigserial primary key, note text)");
			try {
				jdbc.sql("insert into later_migration_probe (note) values ('written by the application')").update();
				assertThat(jdbc.sql("select note from later_migration_probe").query(String.class).single())
					.isEqualTo("written by the application");
				assertThat(jdbc.sql("delete from later_migration_probe").update()).isOne();
			}
			finally {
				owner.createStatement().execute("drop table later_migration_probe");
			}
		}
	}

}
