package vn.ddcihub.org.domain;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing. A user name is refused from an address after
 * {@value #MAX_FAILURES} failed logins from that address within {@value #LOCK_MINUTES}
 * minutes, and from everywhere after {@value #MAX_FAILURES_ALL_ADDRESSES} failures from
 * any addresses — so one guesser cannot lock the real user out, while guessing spread
 * over many machines is still stopped. Attempts refused because of the lock do not count
 * again; a successful login clears the count. Kept in the database so every application
 * node sees the same numbers.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;
	static final int MAX_FAILURES_ALL_ADDRESSES = 20;
	static final int LOCK_MINUTES = 15;

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isLocked(String username, String address) {
		return jdbc.sql("""
				select count(*) filter (where remote_addr is not distinct from :address) >= :perAddress
				    or count(*) >= :allAddresses
				from org_login_attempt
				where username = :username and attempted_at > now() - make_interval(mins => :minutes)""")
			.param("username", username)
			.param("address", address)
			.param("perAddress", MAX_FAILURES)
			.param("allAddresses", MAX_FAILURES_ALL_ADDRESSES)
			.param("minutes", LOCK_MINUTES)
			.query(Boolean.class)
			.single();
	}

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

	/** A successful login forgives earlier failures. */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("delete from org_login_attempt where username = ?")
			.param(event.getAuthentication().getName())
			.update();
	}

	/**
	 * Deletes the attempts {@link #isLocked} no longer counts (older than the lock
	 * window); returns how many.
	 */
	int forgetExpiredAttempts() {
		return jdbc.sql("delete from org_login_attempt where attempted_at <= now() - make_interval(mins => :minutes)")
			.param("minutes", LOCK_MINUTES)
			.update();
	}

	static String address(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

}
