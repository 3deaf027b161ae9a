package vn.ddcihub.shared;

/** The record does not exist, or the user may not know that it exists (another organisation's work). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
