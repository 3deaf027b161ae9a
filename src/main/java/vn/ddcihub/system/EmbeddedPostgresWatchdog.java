package vn.ddcihub.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices within half a second that the embedded PostgreSQL died (killed, out of memory)
 * and starts it again; while it keeps failing, the attempts wait longer, up to 30 s.
 * Listeners hear when the database goes and comes back, so that readiness follows it.
 */
public final class EmbeddedPostgresWatchdog {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

	private static final Duration CHECK_EVERY = Duration.ofMillis(500);

	private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	/** Hears about the embedded database going away and coming back. */
	public interface Listener {

		/**
		 * @param running whether the server runs now
		 * @param downFor how long it has been down (zero when running)
		 */
		void changed(boolean running, Duration downFor);

	}

	private final EmbeddedPostgresServer server;

	private final Duration firstDelay;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService timer;

	private Instant downSince;

	private Instant nextAttempt;

	private Duration wait;

	EmbeddedPostgresWatchdog(EmbeddedPostgresServer server, Duration firstDelay) {
		this.server = server;
		this.firstDelay = firstDelay;
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "embedded-postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	void addListener(Listener listener) {
		listeners.add(listener);
	}

	void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	void close() {
		timer.shutdownNow();
	}

	private void check() {
		try {
			if (server.isStopping()) {
				return;
			}
			Instant now = Instant.now();
			if (server.isAlive()) {
				if (downSince != null) {
					log.info("Embedded PostgreSQL is running again after {} s",
							Duration.between(downSince, now).toSeconds());
					downSince = null;
					tell(true, Duration.ZERO);
				}
				return;
			}
			if (downSince == null) {
				downSince = now;
				wait = firstDelay;
				nextAttempt = now.plus(wait);
				log.error("Embedded PostgreSQL in {} has stopped unexpectedly; starting it again in {} ms",
						server.dataDirectory(), wait.toMillis());
				tell(false, Duration.ZERO);
			}
			if (now.isBefore(nextAttempt)) {
				return;
			}
			try {
				server.restartAfterCrash();
			}
			catch (Exception ex) {
				Duration doubled = wait.isZero() ? CHECK_EVERY : wait.multipliedBy(2);
				wait = doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled;
				nextAttempt = Instant.now().plus(wait);
				log.error("Cannot start the embedded PostgreSQL again (next attempt in {} s): {}", wait.toSeconds(),
						ex.getMessage());
				tell(false, Duration.between(downSince, Instant.now()));
			}
		}
		catch (RuntimeException ex) {
			log.error("Embedded PostgreSQL watchdog: {}", ex.toString());
		}
	}

	private void tell(boolean running, Duration downFor) {
		for (Listener listener : listeners) {
			listener.changed(running, downFor);
		}
	}

}
