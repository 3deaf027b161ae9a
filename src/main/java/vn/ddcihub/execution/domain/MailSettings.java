package vn.ddcihub.execution.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMTP and the outbox ({@code ddci.mail.*}, from the environment variables
 * {@code DDCI_SMTP_HOST}, {@code DDCI_SMTP_PORT}, {@code DDCI_SMTP_USERNAME},
 * {@code DDCI_SMTP_PASSWORD}, {@code DDCI_SMTP_FROM}, {@code DDCI_SMTP_STARTTLS},
 * {@code DDCI_SMTP_SSL} and {@code DDCI_BASE_URL}). Without a host no e-mail is sent:
 * notifications stay in the application and the outbox says so.
 *
 * @param baseUrl the address users open the application at, for links in e-mails
 * @param maxAttempts attempts before a message is FAILED
 * @param firstRetry wait after the first failed attempt; each further wait is four times
 * longer
 */
@ConfigurationProperties("ddci.mail")
public record MailSettings(@DefaultValue("") String host, @DefaultValue("587") int port,
		@DefaultValue("") String username, @DefaultValue("") String password, @DefaultValue("") String from,
		@DefaultValue("true") boolean starttls, @DefaultValue("false") boolean ssl,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("5") int maxAttempts,
		@DefaultValue("1m") Duration firstRetry, @DefaultValue("10s") Duration timeout) {

	public boolean configured() {
		return host != null && !host.isBlank();
	}

	/** The sender: DDCI_SMTP_FROM, else the SMTP user, else a local address. */
	public String sender() {
		if (from != null && !from.isBlank()) {
			return from;
		}
		return username != null && username.contains("@") ? username : "ddci-hub@localhost";
	}

	/** A page's full address for an e-mail. */
	public String link(String path) {
		String base = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
		return base + path;
	}

	/**
	 * How long to wait after {@code attempts} failed attempts; null when no attempt is
	 * left.
	 */
	public Duration retryAfter(int attempts) {
		if (attempts >= maxAttempts) {
			return null;
		}
		return firstRetry.multipliedBy((long) Math.pow(4, attempts - 1));
	}

}
