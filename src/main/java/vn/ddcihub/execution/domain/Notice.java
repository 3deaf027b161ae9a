package vn.ddcihub.execution.domain;

import java.util.List;

/**
 * One thing to tell some people, before it is addressed: its kind, the page it leads to,
 * the arguments of its text (an argument starting with {@code @} is a message key,
 * translated when shown) and the key that makes it happen once — kind, period, unit and
 * occurrence; the recipient is appended per person.
 */
public record Notice(NotificationKind kind, String dedupeKey, String link, List<String> args) {

	/** An argument translated in the reader's language. */
	public static String messageKey(String key) {
		return "@" + key;
	}

}
