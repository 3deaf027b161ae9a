package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A data folder made by an earlier version — initdb with {@code trust}, everything owned
 * by the superuser — is upgraded on its first start: passwords, no trust line, the owner
 * and application roles, and every row kept.
 */
class EmbeddedDatabaseUpgradeTest {

	private static final Path DATA = Path.of("target/test-data/legacy-postgres").toAbsolutePath();

	@Test
	void aDataFolderThatTrustedLocalUsersGetsPasswordsAndKeepsItsData() throws Exception {
		int port = legacyDataFolderWithOneRow();
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(DATA, port, false);
		try {
			server.ensureDatabase("ddci");
			String url = server.jdbcUrl("ddci");
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
				.isInstanceOf(SQLException.class);
			assertThat(Files.readAllLines(DATA.resolve("pg_hba.conf")))
				.noneMatch(line -> !line.startsWith("#") && line.contains("trust"));
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(EmbeddedDatabaseCredentials.fileFor(DATA))))
				.isEqualTo("rw-------");
			try (Connection app = DriverManager.getConnection(url, "ddci_app", server.password("ddci_app"))) {
				assertThat(single(app, "select note from legacy_note")).isEqualTo("kept across the upgrade");
				app.createStatement().execute("insert into legacy_note (note) values ('written after it')");
				assertThat(single(app, "select count(*)::text from legacy_note")).isEqualTo("2");
				assertThat(single(app, "select rolsuper::text from pg_roles where rolname = current_user"))
					.isEqualTo("false");
			}
			try (Connection owner = DriverManager.getConnection(url, "ddci_owner", server.password("ddci_owner"))) {
				assertThat(single(owner, "select tableowner from pg_tables where tablename = 'legacy_note'"))
					.isEqualTo("ddci_owner");
				owner.createStatement().execute("alter table legacy_note add column added_by_a_migration text");
			}
		}
		finally {
			server.stop();
		}
	}

	/**
	 * What the earlier version did: initdb trusting everyone, the superuser creating the
	 * database and its tables.
	 */
	private static int legacyDataFolderWithOneRow() throws Exception {
		delete(DATA);
		Files.deleteIfExists(EmbeddedDatabaseCredentials.fileFor(DATA));
		Path bin = EmbeddedPostgresServer.binariesFor(DATA).resolve("bin");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		EmbeddedPostgresServer.run(List.of(bin.resolve("initdb").toString(), "-D", DATA.toString(), "-U", "postgres",
				"-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"), Duration.ofMinutes(2));
		EmbeddedPostgresServer.run(List.of(bin.resolve("pg_ctl").toString(), "-D", DATA.toString(), "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=", "-l",
				DATA.resolveSibling("legacy-postgres.log").toString(), "-w", "start"), Duration.ofSeconds(90));
		try {
			String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
			try (Connection superuser = DriverManager.getConnection(base + "postgres", "postgres", "")) {
				superuser.createStatement().execute("create database ddci encoding 'UTF8'");
			}
			try (Connection superuser = DriverManager.getConnection(base + "ddci", "postgres", "")) {
				superuser.createStatement().execute("create table legacy_note (id bigserial primary key, note text)");
				superuser.createStatement()
					.execute("insert into legacy_note (note) values ('kept across the upgrade')");
			}
		}
		finally {
			EmbeddedPostgresServer.run(
					List.of(bin.resolve("pg_ctl").toString(), "-D", DATA.toString(), "-m", "fast", "-w", "stop"),
					Duration.ofSeconds(60));
		}
		return port;
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (ResultSet rows = connection.createStatement().executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

	static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
