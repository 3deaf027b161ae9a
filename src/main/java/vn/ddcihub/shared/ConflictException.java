package vn.ddcihub.shared;

/**
 * The request is well formed but collides with the record's state (409 Conflict): a
 * change to an accepted report, a save based on a version someone else has replaced, a
 * report in a closed period.
 */
public class ConflictException extends KeyedException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
