package vn.ddcihub.system;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's roles, generated at its first start and kept
 * beside its data directory ({@code ./data/postgres.pgpass}) readable and writable by
 * their owner only. The file is in libpq's password file format
 * ({@code host:port:database:user:password}), so
 * {@code PGPASSFILE=./data/postgres.pgpass} lets {@code psql}, {@code pg_dump} and
 * {@code pg_restore} sign in too.
 *
 * @param created whether the file was written just now (no earlier passwords existed)
 */
record EmbeddedDatabaseCredentials(Path file, Map<String, String> passwords, boolean created) {

	/** The bootstrap superuser; the application never connects as it. */
	static final String SUPERUSER = "postgres";

	/** Owns the database and its schema; Flyway migrates as this role. */
	static final String OWNER = "ddci_owner";

	/**
	 * What the application's connection pool uses: reads and writes rows, changes no
	 * schema.
	 */
	static final String APPLICATION = "ddci_app";

	static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private static final SecureRandom RANDOM = new SecureRandom();

	static Path fileFor(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".pgpass");
	}

	/**
	 * Reads the passwords, or generates and writes them when there are none yet; the
	 * file's permissions are narrowed to its owner either way (a copy may have widened
	 * them).
	 */
	static EmbeddedDatabaseCredentials loadOrCreate(Path dataDirectory) throws IOException {
		Path file = fileFor(dataDirectory);
		if (Files.exists(file)) {
			Map<String, String> passwords = read(file);
			if (passwords.keySet().containsAll(Set.of(SUPERUSER, OWNER, APPLICATION))) {
				Files.setPosixFilePermissions(file, OWNER_ONLY);
				return new EmbeddedDatabaseCredentials(file, passwords, false);
			}
		}
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String role : new String[] { SUPERUSER, OWNER, APPLICATION }) {
			passwords.put(role, newPassword());
		}
		StringBuilder text = new StringBuilder(
				"# DDCI Hub: passwords of the embedded PostgreSQL, generated at its first start. Keep private.\n"
						+ "# libpq password file: PGPASSFILE=" + file
						+ " psql -h 127.0.0.1 -p <port> -U postgres ddci\n");
		passwords
			.forEach((role, password) -> text.append("*:*:*:").append(role).append(':').append(password).append('\n'));
		writePrivately(file, text.toString());
		return new EmbeddedDatabaseCredentials(file, passwords, true);
	}

	String password(String role) {
		return passwords.get(role);
	}

	/**
	 * Writes a file that nobody but its owner may read, from its creation on (never
	 * readable for a moment).
	 */
	static void writePrivately(Path file, String text) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		Files.writeString(partial, text);
		try {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Map<String, String> read(Path file) throws IOException {
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			String[] fields = line.split(":", 5);
			if (!line.startsWith("#") && fields.length == 5) {
				passwords.put(fields[3], fields[4]);
			}
		}
		return passwords;
	}

	/**
	 * 144 random bits; URL-safe Base64 needs no escaping in SQL nor in the password file.
	 */
	private static String newPassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
