package vn.ddcihub.org.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.org.Role;

/** What an administrator enters for a user account; password only when creating or resetting. */
public record UserForm(
		@NotBlank(message = "{user.username.required}") @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.pattern}") String username,
		@NotBlank(message = "{user.displayName.required}") @Size(max = 255) String displayName,
		@Email(message = "{unit.email.invalid}") String email,
		Long organisationId,
		Long unitId,
		@NotEmpty(message = "{user.roles.required}") Set<Role> roles,
		Boolean active,
		@Size(min = 8, max = 128, message = "{user.password.length}") String password) {

	public boolean isActive() {
		return active == null || active;
	}
}
