package vn.ddcihub.org;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the user of the current request. */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * Who did it, for the audit trail: the user name, or "system" for start-up and
	 * scheduled work.
	 */
	public static String actorName() {
		return current().map(CurrentUser::getUsername).orElse("system");
	}

}
