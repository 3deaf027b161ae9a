package vn.ddcihub.system;

import java.nio.file.Path;

/**
 * An application that starts its embedded PostgreSQL and then waits to be killed; run in
 * its own JVM by {@link EmbeddedPostgresCrashRecoveryTest}, whose {@code kill -9} leaves
 * the PostgreSQL behind as an orphan, as a crashed application would.
 */
final class OrphaningApplication {

	private OrphaningApplication() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, true);
		server.ensureDatabase("ddci");
		System.out.println("READY " + server.postmasterPid());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
