package vn.ddcihub.org.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.shared.Label;

/**
 * What an administrator enters for an organisation; lengths follow org_organisation's
 * columns.
 */
public record OrganisationForm(
		@Label("org.code") @NotBlank(message = "{validation.required}") @Size(max = 32,
				message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_-]*",
						message = "{validation.code}") String code,
		@Label("org.organisationName") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String name,
		@Label("org.shortName") @Size(max = 120, message = "{validation.tooLong}") String shortName,
		@Label("org.kind") @NotNull(message = "{validation.choose}") OrganisationKind kind,
		@Label("org.parentName") @Size(max = 255, message = "{validation.tooLong}") String parentName,
		@Label("org.status") Boolean active) {

	public boolean isActive() {
		return active == null || active;
	}
}
