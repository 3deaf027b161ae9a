package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Start-up after a crash: a lock file naming a PID that another program holds now is
 * removed without signalling that program; a PostgreSQL left running on our data
 * directory by a killed application is stopped and replaced; a start that fails says why
 * in PostgreSQL's own words.
 */
class EmbeddedPostgresCrashRecoveryTest {

	@Test
	void aStaleLockFileNamingAForeignProcessNeitherStopsTheStartNorHarmsThatProcess() throws Exception {
		Path data = Path.of("target/test-data/stale-pid-postgres");
		EmbeddedPostgresServer.start(data, 0, true).stop();
		Process foreign = new ProcessBuilder("sleep", "300").start();
		try {
			Files.writeString(data.resolve("postmaster.pid"), foreign.pid() + "\n" + data.toAbsolutePath()
					+ "\n1764640000\n54329\n\n127.0.0.1\n  5432001    32768\nready   \n");
			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false);
			try {
				assertThat(foreign.isAlive()).as("the process that now has the PID is left alone").isTrue();
				assertThat(server.postmasterPid()).isNotEqualTo(foreign.pid());
				assertThat(canQuery(server)).isTrue();
			}
			finally {
				server.stop();
			}
		}
		finally {
			foreign.destroyForcibly();
		}
	}

	@Test
	void thePostgresOfAKilledApplicationStopsByItselfWithinSeconds() throws Exception {
		Path data = Path.of("target/test-data/self-stopping-postgres").toAbsolutePath();
		Process application = orphaningApplication(data);
		long orphan;
		try {
			orphan = readyPostmasterPid(application);
		}
		finally {
			application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (PostmasterPidFile.running(orphan) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(PostmasterPidFile.running(orphan)).as("stopped without waiting for the next start").isFalse();
	}

	@Test
	void aPostgresOrphanedByAKilledApplicationIsStoppedAtTheNextStart() throws Exception {
		Path data = Path.of("target/test-data/orphan-postgres").toAbsolutePath();
		Process application = orphaningApplication(data);
		long orphan;
		try {
			orphan = readyPostmasterPid(application);
			// As on a system without /proc, or when the watch was killed along with the
			// JVM.
			String watch = "ddci-orphan-watch " + application.pid() + " " + orphan + " ";
			ProcessHandle.allProcesses()
				.filter(process -> commandLine(process).contains(watch))
				.forEach(ProcessHandle::destroyForcibly);
		}
		finally {
			application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Thread.sleep(3000);
		assertThat(PostmasterPidFile.running(orphan)).as("kill -9 left the PostgreSQL running").isTrue();

		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false);
		try {
			assertThat(PostmasterPidFile.running(orphan)).as("the orphan is stopped").isFalse();
			assertThat(server.postmasterPid()).isNotEqualTo(orphan);
			assertThat(canQuery(server)).isTrue();
		}
		finally {
			server.stop();
		}
	}

	@Test
	void aStartThatFailsSaysWhatPostgresSaidInsteadOfBlamingRoot() throws Exception {
		Path data = Path.of("target/test-data/busy-port-postgres");
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, taken.getLocalPort(), true))
				.hasMessageContaining("could not bind")
				.hasMessageNotContaining("cannot run as root");
		}
	}

	private static Process orphaningApplication(Path data) throws Exception {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphaningApplication.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
	}

	private static String commandLine(ProcessHandle process) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).replace('\0', ' ');
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static long readyPostmasterPid(Process application) throws Exception {
		BufferedReader output = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		StringBuilder seen = new StringBuilder();
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			if (line.startsWith("READY ")) {
				return Long.parseLong(line.substring("READY ".length()).trim());
			}
			seen.append(line).append('\n');
		}
		throw new AssertionError("the application did not start its PostgreSQL:\n" + seen);
	}

	private static boolean canQuery(EmbeddedPostgresServer server) throws Exception {
		server.ensureDatabase("ddci");
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl("ddci"), "ddci_app",
				server.password("ddci_app"))) {
			return connection.createStatement().executeQuery("select 1").next();
		}
	}

}
