package vn.ddcihub.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * Too much of one kind of work is running (429 Too Many Requests): try again after the
 * given number of seconds. The message is a key resolved in the language of the request.
 */
public class BusyException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final int retryAfterSeconds;

	public BusyException(String messageKey, int retryAfterSeconds) {
		super(messageKey);
		this.messageKey = messageKey;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { retryAfterSeconds };
	}

}
