package vn.ddcihub.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * An outcome told by a message key and its arguments, resolved in the language of the
 * request by the answer. Numbers among the arguments are record numbers and years, shown
 * as written ("#1234", "2019").
 */
public abstract class KeyedException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	protected KeyedException(String messageKey, Object... arguments) {
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
