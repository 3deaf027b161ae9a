package vn.ddcihub.system;

import java.io.BufferedInputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
 * Every connection proves a password (SCRAM-SHA-256, no {@code trust}); the passwords are
 * generated at the first start ({@link EmbeddedDatabaseCredentials}) and the application
 * works as a role that is not a superuser ({@link EmbeddedDatabaseRoles}). A data folder
 * of an earlier version, which trusted every local connection, gets its passwords on its
 * first start with this one.
 * <p>
 * After a crash the lock file {@code postmaster.pid} may name a process that is no
 * PostgreSQL of ours: only a postgres serving this directory is ever signalled (see
 * {@link PostmasterPidFile}). A server the application started and that died is started
 * again by {@link EmbeddedPostgresWatchdog}.
 * <p>
 * PostgreSQL refuses to run as root. On machines where we are root (containers, CI) the
 * server commands run inside a new user namespace ({@code unshare -U}), where the process
 * is no longer uid 0 but still owns the files it creates.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();

	/** Every connection proves a password, also on local sockets; nothing is trusted. */
	static final String CLIENT_AUTHENTICATION = """
			# Written by DDCI Hub at every start of its embedded PostgreSQL: every connection proves a
			# password (SCRAM-SHA-256), nothing is accepted without one. Passwords: ../postgres.pgpass.
			local   all           all                   scram-sha-256
			host    all           all    127.0.0.1/32   scram-sha-256
			host    all           all    ::1/128        scram-sha-256
			local   replication   all                   scram-sha-256
			host    replication   all    127.0.0.1/32   scram-sha-256
			""";

	private final Path binaries;

	private final Path dataDirectory;

	private final int port;

	private final boolean throwAway;

	private final PostmasterPidFile pidFile;

	private final Set<String> ensuredDatabases = ConcurrentHashMap.newKeySet();

	private volatile EmbeddedDatabaseCredentials credentials;

	private volatile ProcessHandle postmaster;

	private volatile boolean stopping;

	private EmbeddedPostgresWatchdog watchdog;

	private EmbeddedPostgresServer(Path binaries, Path dataDirectory, int port, boolean throwAway) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.throwAway = throwAway;
		this.pidFile = new PostmasterPidFile(dataDirectory);
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
			Path binaries = binariesFor(data);
			int port = requestedPort > 0 ? requestedPort : freePort();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, data, port, clean);
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

	/**
	 * The PostgreSQL binaries, extracted once beside the data directory
	 * ({@code ./data/postgres-binaries}).
	 */
	static Path binariesFor(Path dataDirectory) throws IOException {
		return extractBinaries(normalized(dataDirectory).getParent().resolve("postgres-binaries"));
	}

	public int port() {
		return port;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public String superuser() {
		return EmbeddedDatabaseCredentials.SUPERUSER;
	}

	/** The password of one of the roles named in {@link EmbeddedDatabaseCredentials}. */
	public String password(String role) {
		return credentials.password(role);
	}

	Path dataDirectory() {
		return dataDirectory;
	}

	Path binaries() {
		return binaries;
	}

	/** Whether the postmaster this server started is still running. */
	public boolean isAlive() {
		ProcessHandle process = postmaster;
		return process != null && PostmasterPidFile.running(process.pid());
	}

	/** The postmaster's process id, for operators and tests. */
	public long postmasterPid() {
		return postmaster.pid();
	}

	/**
	 * Creates the database when it does not exist yet, with its owner and application
	 * roles.
	 */
	public void ensureDatabase(String database) {
		if (ensuredDatabases.contains(database)) {
			return;
		}
		try {
			EmbeddedDatabaseRoles.ensure(this::jdbcUrl, credentials, database);
			ensuredDatabases.add(database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + database + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Starts watching the server: when it dies, it is started again after
	 * {@code firstDelay}, and later attempts wait longer (up to 30 s) while it keeps
	 * failing. Once per server; later calls only add the listener.
	 */
	public synchronized void watch(Duration firstDelay, EmbeddedPostgresWatchdog.Listener listener) {
		if (watchdog == null) {
			watchdog = new EmbeddedPostgresWatchdog(this, firstDelay);
		}
		watchdog.addListener(listener);
	}

	synchronized void unwatch(EmbeddedPostgresWatchdog.Listener listener) {
		if (watchdog != null) {
			watchdog.removeListener(listener);
		}
	}

	public synchronized void stop() {
		stopping = true;
		if (watchdog != null) {
			watchdog.close();
		}
		if (Files.exists(pidFile.path())) {
			// "smart" first: this runs beside the application's own shutdown, which still
			// reads the database (the event registry lists unfinished publications), so
			// wait until its connection pool has closed; "fast" ends the rest.
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "smart", "-w", "-t", "20", "stop"),
					Duration.ofSeconds(30), true);
			if (Files.exists(pidFile.path())) {
				// the postmaster may end between the two commands ("no such process"):
				// what
				// matters is that it is gone afterwards
				String said = run(
						List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"),
						Duration.ofSeconds(40), true);
				if (isAlive()) {
					throw new IllegalStateException("PostgreSQL in " + dataDirectory + " did not stop: " + said);
				}
			}
		}
		RUNNING.remove(dataDirectory);
		STARTING.remove(dataDirectory);
	}

	boolean isStopping() {
		return stopping;
	}

	/**
	 * Starts the postmaster again after it died (called by the watchdog): the lock file
	 * it left is checked like at start-up.
	 */
	synchronized void restartAfterCrash() throws IOException {
		if (stopping || isAlive()) {
			return;
		}
		clearLockFile();
		launch();
	}

	private void startServer(boolean clean) throws IOException {
		if (clean && Files.exists(dataDirectory)) {
			clearLockFile();
			deleteRecursively(dataDirectory);
			Files.deleteIfExists(EmbeddedDatabaseCredentials.fileFor(dataDirectory));
		}
		credentials = EmbeddedDatabaseCredentials.loadOrCreate(dataDirectory);
		if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			initialise();
		}
		else {
			clearLockFile();
			if (credentials.created() || trustsConnections()) {
				setSuperuserPasswordOffline();
			}
		}
		Files.writeString(dataDirectory.resolve("pg_hba.conf"), CLIENT_AUTHENTICATION);
		launch();
	}

	private void initialise() throws IOException {
		Files.createDirectories(dataDirectory);
		Path passwordFile = dataDirectory.resolveSibling(".initdb-password-" + ProcessHandle.current().pid());
		try {
			EmbeddedDatabaseCredentials.writePrivately(passwordFile,
					credentials.password(EmbeddedDatabaseCredentials.SUPERUSER) + "\n");
			run(List.of(bin("initdb"), "-D", dataDirectory.toString(), "-U", EmbeddedDatabaseCredentials.SUPERUSER,
					"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"),
					Duration.ofMinutes(2));
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	/**
	 * Whether pg_hba.conf still has a {@code trust} line, as data folders of earlier
	 * versions do.
	 */
	private boolean trustsConnections() throws IOException {
		Path rules = dataDirectory.resolve("pg_hba.conf");
		return Files.exists(rules) && Files.readAllLines(rules)
			.stream()
			.map(String::strip)
			.anyMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"));
	}

	/**
	 * Gives the superuser its password without ever opening the trusting server to
	 * connections: PostgreSQL's single-user mode reads commands from standard input and
	 * listens on nothing.
	 */
	private void setSuperuserPasswordOffline() {
		log.info(
				"Embedded PostgreSQL in {}: setting the generated passwords (data folder of an earlier version, "
						+ "which trusted local connections, or passwords file {} missing)",
				dataDirectory, credentials.file());
		String output = run(List.of(bin("postgres"), "--single", "-D", dataDirectory.toString(), "postgres"),
				Duration.ofMinutes(2), false, "alter role " + EmbeddedDatabaseCredentials.SUPERUSER + " password '"
						+ credentials.password(EmbeddedDatabaseCredentials.SUPERUSER) + "';\n");
		if (output.contains("ERROR:") || output.contains("FATAL:")) {
			throw new IllegalStateException("Cannot set the password of the embedded PostgreSQL in " + dataDirectory
					+ ":\n" + output.replace(credentials.password(EmbeddedDatabaseCredentials.SUPERUSER), "***"));
		}
	}

	private void launch() throws IOException {
		Path logFile = dataDirectory.getParent().resolve("postgres.log");
		String options = "-p " + port
				+ " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200" + " -c fsync="
				+ (throwAway ? "off" : "on") + " -c timezone=UTC";
		try {
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-o", options, "-l", logFile.toString(), "-w",
					"-t", "60", "start"), Duration.ofSeconds(90));
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + "\nLast lines of " + logFile + ":\n" + tail(logFile, 15),
					ex);
		}
		postmaster = pidFile.pid().flatMap(ProcessHandle::of).orElse(null);
		if (postmaster != null) {
			stopWhenThisJvmDies(postmaster.pid());
		}
		log.info("Embedded PostgreSQL started on port {} with data in {} (PID {})", port, dataDirectory,
				postmaster == null ? "?" : postmaster.pid());
	}

	/**
	 * Watches this JVM from outside: {@code $1} the JVM, {@code $2} the postmaster,
	 * {@code $3} its data directory. Polls every two seconds; once the JVM is gone it
	 * asks the postmaster for a fast shutdown — only if that PID still is a process
	 * working in our data directory.
	 */
	static final String ORPHAN_WATCH = "while kill -0 \"$1\" 2>/dev/null; do sleep 2; done; "
			+ "[ \"$(readlink /proc/$2/cwd)\" = \"$3\" ] && kill -INT \"$2\"";

	/**
	 * Should this JVM be killed ({@code kill -9}, out of memory), its PostgreSQL would
	 * otherwise run on as an orphan until the next start: a small shell loop outside the
	 * JVM stops it within seconds. Linux only (it reads {@code /proc}); elsewhere the
	 * next start stops the orphan.
	 */
	private void stopWhenThisJvmDies(long postmasterPid) {
		if (!Files.isDirectory(Path.of("/proc", "self"))) {
			return;
		}
		try {
			new ProcessBuilder("sh", "-c", ORPHAN_WATCH, "ddci-orphan-watch",
					Long.toString(ProcessHandle.current().pid()), Long.toString(postmasterPid),
					dataDirectory.toRealPath().toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectErrorStream(true)
				.start()
				.getOutputStream()
				.close();
		}
		catch (IOException ex) {
			log.warn("Cannot watch for the end of this JVM; a PostgreSQL left by a crash is stopped at the next "
					+ "start instead: {}", ex.getMessage());
		}
	}

	/**
	 * Makes the data directory free to start: a lock file left by a crash is removed
	 * without signalling the process that now has its PID; a PostgreSQL of ours left
	 * running by a killed application (an orphan) is stopped.
	 */
	private void clearLockFile() throws IOException {
		PostmasterPidFile.Inspection found = pidFile.inspect();
		switch (found.holder()) {
			case NONE -> {
			}
			case GONE -> {
				log.info("Removing the lock file {} left by a crash: its PostgreSQL (PID {}) is no longer running",
						pidFile.path(), found.pid());
				pidFile.remove();
			}
			case FOREIGN -> {
				log.warn("Removing the lock file {} left by a crash: PID {} named in it now belongs to another "
						+ "program ({}), which is left alone", pidFile.path(), found.pid(), found.command());
				pidFile.remove();
			}
			case OURS -> {
				log.warn("A PostgreSQL (PID {}) left running on {} by an earlier run that ended without stopping it: "
						+ "stopping it before starting", found.pid(), dataDirectory);
				run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"),
						Duration.ofSeconds(40), true);
				if (Files.exists(pidFile.path())) {
					run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "immediate", "-w", "-t", "20",
							"stop"), Duration.ofSeconds(30));
				}
			}
		}
	}

	private static String tail(Path file, int lines) {
		try {
			List<String> all = Files.readAllLines(file);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(not readable: " + ex.getMessage() + ")";
		}
	}

	private String bin(String name) {
		return binaries.resolve("bin").resolve(name).toString();
	}

	static String run(List<String> command, Duration timeout) {
		return run(command, timeout, false);
	}

	private static String run(List<String> command, Duration timeout, boolean tolerateFailure) {
		return run(command, timeout, tolerateFailure, null);
	}

	/**
	 * Runs a server command (inside {@code unshare -U} when we are root) and returns what
	 * it printed.
	 */
	private static String run(List<String> command, Duration timeout, boolean tolerateFailure, String input) {
		List<String> full = new ArrayList<>();
		if (isRoot()) {
			full.addAll(List.of("unshare", "-U"));
		}
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			try (var stdin = process.getOutputStream()) {
				if (input != null) {
					stdin.write(input.getBytes(StandardCharsets.UTF_8));
				}
			}
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
						+ (isRoot() && refusedForUser(output)
								? "\nPostgreSQL cannot run as root; here it runs inside 'unshare -U', which needs user"
										+ " namespaces. Run as a normal user, or set DDCI_DB_URL to an external PostgreSQL."
								: ""));
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + full.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + String.join(" ", full), ex);
		}
	}

	/**
	 * Only a refusal about the user (or a failing {@code unshare}) is explained with the
	 * root advice; anything else keeps PostgreSQL's own words.
	 */
	private static boolean refusedForUser(String output) {
		return output.contains("root") || output.contains("unshare:");
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
