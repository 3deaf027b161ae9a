package vn.ddcihub.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * The record is in a state that refuses the change (an issued report edited again): 409
 * with a message key and its arguments, resolved in the language of the request.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
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
