package vn.ddcihub.org.domain;

import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without handing the guesser a way to lock people out. The
 * count is kept per user name and client address: after {@value #FREE_FAILURES} failed
 * logins from one address, that address must wait before trying that name again — 30
 * seconds, doubling with every further failure up to {@value #MAX_DELAY_MINUTES} minutes
 * — while the real user at any other address signs in as usual. Unknown user names are
 * counted and slowed the same way, so the answer never tells whether a name exists.
 * Failures older than {@value #WINDOW_MINUTES} minutes are forgotten, and a successful
 * login forgives that address's failures. Kept in the database so every application node
 * sees the same numbers.
 */
@Component
public class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final int MAX_DELAY_MINUTES = 15;

	static final int WINDOW_MINUTES = 60;

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How long this address must still wait before it may try this user name again; zero
	 * when it may try now.
	 */
	Duration waitBeforeNextAttempt(String username, String address) {
		Failures failures = jdbc.sql("""
				select count(*) as count,
				       coalesce(extract(epoch from now() - max(attempted_at)), 0)::bigint as seconds_since_last
				from org_login_attempt
				where username = :username and remote_addr is not distinct from :address and not success
				  and attempted_at > now() - make_interval(mins => :minutes)""")
			.param("username", username)
			.param("address", address)
			.param("minutes", WINDOW_MINUTES)
			.query(Failures.class)
			.single();
		Duration left = delayAfter(failures.count()).minusSeconds(failures.secondsSinceLast());
		return left.isNegative() ? Duration.ZERO : left;
	}

	private record Failures(int count, long secondsSinceLast) {
	}

	/** The wait imposed after this many recent failures from one address. */
	static Duration delayAfter(int failures) {
		if (failures < FREE_FAILURES) {
			return Duration.ZERO;
		}
		Duration max = Duration.ofMinutes(MAX_DELAY_MINUTES);
		int doublings = failures - FREE_FAILURES;
		return doublings >= 10 ? max : min(FIRST_DELAY.multipliedBy(1L << doublings), max);
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	/**
	 * A wrong password or an unknown name. Attempts refused by the throttle itself (a
	 * {@link TooManyFailedLogins}, a kind of locked answer) do not count again.
	 */
	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureLockedEvent) {
			return;
		}
		String username = event.getAuthentication().getName();
		if (username != null && !username.isBlank() && username.length() <= 64) {
			jdbc.sql("insert into org_login_attempt (username, remote_addr, success) values (?, ?, false)")
				.params(username, address(event.getAuthentication().getDetails()))
				.update();
		}
	}

	/**
	 * A successful login forgives the failures from its address only: a guesser elsewhere
	 * stays slowed.
	 */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("delete from org_login_attempt where username = ? and remote_addr is not distinct from ?")
			.params(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()))
			.update();
	}

	/**
	 * Deletes the attempts {@link #waitBeforeNextAttempt} no longer counts (older than
	 * the window); returns how many.
	 */
	int forgetExpiredAttempts() {
		return jdbc.sql("delete from org_login_attempt where attempted_at <= now() - make_interval(mins => :minutes)")
			.param("minutes", WINDOW_MINUTES)
			.update();
	}

	static String address(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

}
