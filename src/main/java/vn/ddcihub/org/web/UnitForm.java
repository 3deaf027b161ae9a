package vn.ddcihub.org.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a unit. */
public record UnitForm(
		@NotNull(message = "{unit.organisation.required}") Long organisationId,
		Long parentId,
		@NotBlank(message = "{org.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{org.code.pattern}") String code,
		@NotBlank(message = "{org.name.required}") @Size(max = 255) String name,
		@Email(message = "{unit.email.invalid}") @Size(max = 255) String email,
		@Size(max = 40) String phone,
		@Size(max = 255) String headName,
		Integer sortOrder,
		Boolean active) {

	public boolean isActive() {
		return active == null || active;
	}
}
