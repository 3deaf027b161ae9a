package vn.ddcihub.execution.domain;

/**
 * An address to write to that is not a user's account, such as a unit's contact address
 * (its head, trưởng đơn vị): notified by e-mail only.
 */
public record Mailbox(String name, String email) {

	public boolean usable() {
		return email != null && !email.isBlank();
	}

}
