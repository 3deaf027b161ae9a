package vn.ddcihub.shared;

import java.util.Set;

/**
 * A link in the main navigation, contributed as a bean by the capability that serves the
 * page. The layout shows it only to users holding one of {@code roles} (empty = every
 * signed-in user).
 *
 * @param order position in the menu, lower first
 * @param messageKey message bundle key of the label
 * @param path the link target
 * @param roles role names (without ROLE_) that see the entry
 */
public record NavigationEntry(int order, String messageKey, String path, Set<String> roles) {

	public boolean visibleTo(Set<String> userRoles) {
		return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
	}
}
