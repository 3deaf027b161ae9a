package vn.ddcihub.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.org.OrganisationKind;

/** What an administrator enters for an organisation. */
public record OrganisationForm(
		@NotBlank(message = "{org.code.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{org.code.pattern}") String code,
		@NotBlank(message = "{org.name.required}") @Size(max = 255) String name,
		@Size(max = 120) String shortName,
		@NotNull(message = "{org.kind.required}") OrganisationKind kind,
		@Size(max = 255) String parentName,
		Boolean active) {

	public boolean isActive() {
		return active == null || active;
	}
}
