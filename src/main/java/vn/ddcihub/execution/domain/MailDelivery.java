package vn.ddcihub.execution.domain;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail over SMTP as {@link MailSettings} says, as UTF-8 plain text so
 * Vietnamese reads right in every mail program. Not a Spring Boot mail bean on purpose:
 * Boot would add an SMTP health check, and an unreachable mail server must not take the
 * application out of the load balancer.
 */
@Component
public class MailDelivery {

	private final MailSettings settings;

	private final JavaMailSenderImpl sender;

	public MailDelivery(MailSettings settings) {
		this.settings = settings;
		this.sender = settings.configured() ? sender(settings) : null;
	}

	public boolean configured() {
		return sender != null;
	}

	void send(String to, String subject, String body) throws MailException {
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			mail.setFrom(settings.sender());
			mail.setTo(to);
			mail.setSubject(subject);
			mail.setText(body, false);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		sender.send(message);
	}

	private static JavaMailSenderImpl sender(MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		sender.setProtocol(settings.ssl() ? "smtps" : "smtp");
		boolean authenticated = settings.username() != null && !settings.username().isBlank();
		if (authenticated) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
		}
		String prefix = "mail." + sender.getProtocol() + ".";
		Properties properties = new Properties();
		properties.put(prefix + "auth", Boolean.toString(authenticated));
		properties.put(prefix + "starttls.enable", Boolean.toString(settings.starttls() && !settings.ssl()));
		// a dead server fails the attempt in seconds instead of holding the job
		String timeout = Long.toString(settings.timeout().toMillis());
		properties.put(prefix + "connectiontimeout", timeout);
		properties.put(prefix + "timeout", timeout);
		properties.put(prefix + "writetimeout", timeout);
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
