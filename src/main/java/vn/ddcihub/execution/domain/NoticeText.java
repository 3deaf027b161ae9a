package vn.ddcihub.execution.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notification in a reader's language, from its kind and arguments: the
 * same text under the bell, in the API and in the e-mail (always Vietnamese).
 */
@Component
public class NoticeText {

	/** E-mails go out in Vietnamese, the administration's language. */
	public static final Locale MAIL_LANGUAGE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	NoticeText(MessageSource messages) {
		this.messages = messages;
	}

	public String text(NotificationKind kind, List<String> args, Locale locale) {
		return message("execution.notify.text." + kind.name(), args, locale);
	}

	/** A short title: the e-mail's subject, the list's heading of an entry. */
	public String title(NotificationKind kind, List<String> args, Locale locale) {
		return message("execution.notify.title." + kind.name(), args, locale);
	}

	String message(String key, List<String> args, Locale locale) {
		Object[] translated = args.stream()
			.map(arg -> arg.startsWith("@") ? messages.getMessage(arg.substring(1), null, arg, locale) : arg)
			.toArray();
		return messages.getMessage(key, translated, key, locale);
	}

}
