package vn.ddcihub.org;

/**
 * An active user as someone to notify: who, and the e-mail address on their account
 * (blank when none).
 */
public record Contact(long userId, String username, String displayName, String email, Long organisationId,
		Long unitId) {

	public boolean hasEmail() {
		return email != null && !email.isBlank();
	}

}
