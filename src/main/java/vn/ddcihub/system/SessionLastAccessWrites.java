package vn.ddcihub.system;

import java.time.Duration;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session records the last access of a session on every request, which rewrites
 * its row (and the expiry index) and waits for the write-ahead log on each page view.
 * This keeps Spring Session's update statement and its parameters but leaves the row
 * alone while nothing changed except a last access less than the precision
 * (ddci.session.last-access-precision, a minute) after the stored one: a session then
 * expires at most that much earlier than its timeout (8 hours). A new session id
 * (sign-in), user or timeout is written at once. A precision of 0 writes on every
 * request, as Spring Session does.
 */
final class SessionLastAccessWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	/**
	 * The parameters in Spring Session's order: session id, last access, timeout, expiry,
	 * user, primary key.
	 */
	private static final String UPDATE_SESSION_WHEN_CHANGED = """
			UPDATE %TABLE_NAME% AS S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL,
			    EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) AS V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %PRECISION_MILLIS%)
			""";

	private final Duration precision;

	SessionLastAccessWrites(Duration precision) {
		this.precision = precision;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		repository.setUpdateSessionQuery(
				UPDATE_SESSION_WHEN_CHANGED.replace("%PRECISION_MILLIS%", Long.toString(precision.toMillis())));
	}

}
