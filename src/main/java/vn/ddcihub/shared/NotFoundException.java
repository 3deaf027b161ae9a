package vn.ddcihub.shared;

/**
 * The record does not exist, or the user may not know that it exists (another
 * organisation's work): 404 with a message key and its arguments.
 */
public class NotFoundException extends KeyedException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
