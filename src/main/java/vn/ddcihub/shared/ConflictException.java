package vn.ddcihub.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * The request is well formed but collides with the record's state (409 Conflict): a
 * change to an accepted report, a save based on a version someone else has replaced, a
 * report in a closed period. Carries a message key and its arguments, resolved in the
 * language of the request.
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
