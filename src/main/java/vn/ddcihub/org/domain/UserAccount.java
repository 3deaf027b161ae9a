package vn.ddcihub.org.domain;

import java.util.Set;

import vn.ddcihub.org.Role;

/**
 * A user account as shown to administrators and through the API (never the password
 * hash).
 */
public record UserAccount(long id, String username, String displayName, String email, Long organisationId, Long unitId,
		Set<Role> roles, boolean active) {
}
