package vn.ddcihub.system;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries bundled in the zonky jars, with its data kept
 * in a directory of ours (./data/postgres by default) so that the database survives
 * restarts.
 * <p>
 * PostgreSQL refuses to run as root. On machines where we are root (containers, CI) the
 * server commands run inside a new user namespace ({@code unshare -U}), where the process
 * is no longer uid 0 but still owns the files it creates.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();

	private static final String SUPERUSER = "postgres";

	private final Path binaries;

	private final Path dataDirectory;

	private final int port;

	private final Set<String> ensuredDatabases = ConcurrentHashMap.newKeySet();

	private EmbeddedPostgresServer(Path binaries, Path dataDirectory, int port) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	/**
	 * Starts the server and creates the database on a background thread, so that
	 * PostgreSQL boots while the application context is being built; {@link #start} then
	 * waits for it instead of starting it.
	 */
	public static void startInBackground(Path dataDirectory, int requestedPort, boolean clean, String database) {
		STARTING.computeIfAbsent(normalized(dataDirectory), data -> CompletableFuture.supplyAsync(() -> {
			EmbeddedPostgresServer server = startNow(data, requestedPort, clean);
			server.ensureDatabase(database);
			return server;
		}, task -> {
			Thread thread = new Thread(task, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}));
	}

	/**
	 * Starts (or returns the already running or starting) server for this data directory;
	 * one per JVM and directory.
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int requestedPort, boolean clean) {
		Path data = normalized(dataDirectory);
		CompletableFuture<EmbeddedPostgresServer> starting = STARTING.get(data);
		if (starting == null) {
			return startNow(data, requestedPort, clean);
		}
		try {
			return starting.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	private static Path normalized(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().normalize();
	}

	private static synchronized EmbeddedPostgresServer startNow(Path data, int requestedPort, boolean clean) {
		EmbeddedPostgresServer running = RUNNING.get(data);
		if (running != null) {
			return running;
		}
		try {
			Path binaries = extractBinaries(data.getParent().resolve("postgres-binaries"));
			int port = requestedPort > 0 ? requestedPort : freePort();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, data, port);
			server.startServer(clean);
			RUNNING.put(data, server);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + data + ": " + ex.getMessage(),
					ex);
		}
	}

	public int port() {
		return port;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public String superuser() {
		return SUPERUSER;
	}

	/** Creates the database when it does not exist yet. */
	public void ensureDatabase(String database) {
		if (ensuredDatabases.contains(database)) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
			var check = connection.prepareStatement("select 1 from pg_database where datname = ?");
			check.setString(1, database);
			if (!check.executeQuery().next()) {
				connection.createStatement()
					.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
			}
			ensuredDatabases.add(database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + database + ": " + ex.getMessage(), ex);
		}
	}

	public synchronized void stop() {
		if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
			return;
		}
		// "smart" first: this runs beside the application's own shutdown, which still
		// reads the database (the event
		// registry lists unfinished publications), so wait until its connection pool has
		// closed; "fast" ends the rest.
		run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "smart", "-w", "-t", "20", "stop"),
				Duration.ofSeconds(30), true);
		if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"),
					Duration.ofSeconds(40));
		}
		RUNNING.remove(dataDirectory);
		STARTING.remove(dataDirectory);
	}

	private void startServer(boolean clean) throws IOException {
		if (clean && Files.exists(dataDirectory)) {
			stopStaleServer();
			deleteRecursively(dataDirectory);
		}
		if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			Files.createDirectories(dataDirectory);
			run(List.of(bin("initdb"), "-D", dataDirectory.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
					"--locale=C", "--no-sync"), Duration.ofMinutes(2));
		}
		else {
			stopStaleServer();
		}
		Path logFile = dataDirectory.getParent().resolve("postgres.log");
		String options = "-p " + port
				+ " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200" + " -c fsync="
				+ (clean ? "off" : "on") + " -c timezone=UTC";
		run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-o", options, "-l", logFile.toString(), "-w", "-t",
				"60", "start"), Duration.ofSeconds(90));
		log.info("Embedded PostgreSQL started on port {} with data in {}", port, dataDirectory);
	}

	/**
	 * A server left running by a killed JVM still holds the directory: stop it before
	 * reuse.
	 */
	private void stopStaleServer() {
		if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "immediate", "-w", "-t", "20", "stop"),
					Duration.ofSeconds(30), true);
		}
	}

	private String bin(String name) {
		return binaries.resolve("bin").resolve(name).toString();
	}

	private static void run(List<String> command, Duration timeout) {
		run(command, timeout, false);
	}

	private static void run(List<String> command, Duration timeout, boolean tolerateFailure) {
		List<String> full = new ArrayList<>();
		if (isRoot()) {
			full.addAll(List.of("unshare", "-U"));
		}
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes());
			}
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + String.join(" ", full));
			}
			if (process.exitValue() != 0 && !tolerateFailure) {
				throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", full) + "\n"
						+ output
						+ (isRoot()
								? "\nPostgreSQL cannot run as root; here it runs inside 'unshare -U', which needs user"
										+ " namespaces. Run as a normal user, or set DDCI_DB_URL to an external PostgreSQL."
								: ""));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + full.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + String.join(" ", full), ex);
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static Path extractBinaries(Path targetRoot) throws IOException {
		String archive = archiveName();
		Path marker = targetRoot.resolve(archive + ".extracted");
		Path target = targetRoot.resolve(archive.replace(".txz", ""));
		if (Files.exists(marker)) {
			return target;
		}
		try (InputStream resource = EmbeddedPostgresServer.class.getResourceAsStream("/" + archive)) {
			if (resource == null) {
				throw new IOException(
						"No bundled PostgreSQL binaries " + archive + " for this platform; set DDCI_DB_URL instead");
			}
			deleteRecursively(target);
			Files.createDirectories(target);
			try (TarArchiveInputStream tar = new TarArchiveInputStream(
					new XZCompressorInputStream(new BufferedInputStream(resource)))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					Path path = target.resolve(entry.getName()).normalize();
					if (!path.startsWith(target)) {
						throw new IOException("Unsafe entry in " + archive + ": " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(path);
					}
					else if (entry.isSymbolicLink()) {
						Files.createDirectories(path.getParent());
						Files.deleteIfExists(path);
						Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
					}
					else {
						Files.createDirectories(path.getParent());
						Files.copy(tar, path);
						if ((entry.getMode() & 0100) != 0) {
							Files.setPosixFilePermissions(path, EXECUTABLE);
						}
					}
				}
			}
		}
		Files.writeString(marker, archive);
		return target;
	}

	private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

	private static String archiveName() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
		String machine = arch.contains("aarch64") || arch.contains("arm64") ? "arm_64" : "x86_64";
		return "postgres-" + system + "-" + machine + ".txz";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
