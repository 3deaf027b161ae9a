package vn.ddcihub.system;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the application knows about its embedded database without asking it: while the
 * server is down (the watchdog restarts it) the application refuses traffic (readiness
 * DOWN) and requests are answered 503 at once; when restarting keeps failing for longer
 * than {@code ddci.embedded.liveness-grace}, liveness goes DOWN too, so an orchestrator
 * restarts the whole application. With an external database it knows nothing and always
 * says "available" (readiness then follows the {@code db} health check).
 */
class EmbeddedDatabaseAvailability implements EmbeddedPostgresWatchdog.Listener, DisposableBean {

	private final EmbeddedPostgresServer server;

	private final Duration livenessGrace;

	private final ApplicationEventPublisher events;

	private final DataSource dataSource;

	EmbeddedDatabaseAvailability(EmbeddedPostgresServer server, Duration restartDelay, Duration livenessGrace,
			ApplicationEventPublisher events, DataSource dataSource) {
		this.server = server;
		this.livenessGrace = livenessGrace;
		this.events = events;
		this.dataSource = dataSource;
		if (server != null) {
			server.watch(restartDelay, this);
		}
	}

	/**
	 * How long an answer of {@link #knownDown()} is reused, to spare a /proc read per
	 * request.
	 */
	private static final long DOWN_CHECK_NANOS = 100_000_000L;

	private volatile long downCheckedAt;

	private volatile boolean down;

	/** Whether the embedded database is known to be down right now (within 0.1 s). */
	boolean knownDown() {
		if (server == null) {
			return false;
		}
		long now = System.nanoTime();
		if (now - downCheckedAt > DOWN_CHECK_NANOS) {
			down = !server.isAlive() && !server.isStopping();
			downCheckedAt = now;
		}
		return down;
	}

	@Override
	public void changed(boolean running, Duration downFor) {
		if (running) {
			// Connections of the dead server would fail one by one; open fresh ones
			// instead.
			if (dataSource instanceof HikariDataSource hikari) {
				HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
				}
			}
			AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
			AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
			return;
		}
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		if (downFor.compareTo(livenessGrace) > 0) {
			AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
		}
	}

	@Override
	public void destroy() {
		if (server != null) {
			server.unwatch(this);
		}
	}

}
