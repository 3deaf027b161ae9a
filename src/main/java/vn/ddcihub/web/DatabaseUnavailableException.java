package vn.ddcihub.web;

/**
 * The database cannot be reached right now (down, restarting): answered 503 with
 * {@code Retry-After}, as a problem detail for the API and as the error page for people —
 * both written without touching the database.
 */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(Throwable cause) {
		super("The database cannot be reached", cause);
	}

}
