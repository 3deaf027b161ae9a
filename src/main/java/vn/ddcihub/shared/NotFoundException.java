package vn.ddcihub.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * The record does not exist, or the user may not know that it exists (another
 * organisation's work). Carries a message key and its arguments; the answer resolves them
 * in the language of the request. Numbers among the arguments are record numbers and
 * years, shown as written ("#1234", "2019").
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

}
