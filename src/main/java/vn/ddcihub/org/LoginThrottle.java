package vn.ddcihub.org;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@value #MAX_FAILURES} failed logins for one user name within
 * {@value #LOCK_MINUTES} minutes (a success clears the count), further attempts are refused until the
 * window has passed. Kept in the database so every application node sees the same count.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;
	static final int LOCK_MINUTES = 15;

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isLocked(String username) {
		Integer failures = jdbc.sql("""
				select count(*) from org_login_attempt
				where username = :username and attempted_at > now() - make_interval(mins => :minutes)""")
			.param("username", username).param("minutes", LOCK_MINUTES).query(Integer.class).single();
		return failures >= MAX_FAILURES;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		if (username != null && !username.isBlank() && username.length() <= 64) {
			jdbc.sql("insert into org_login_attempt (username, success) values (?, false)").param(username).update();
		}
	}

	/** A successful login forgives earlier failures. */
	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("delete from org_login_attempt where username = ?").param(event.getAuthentication().getName()).update();
	}
}
