package vn.ddcihub.org.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/** What an administrator enters for a unit; lengths follow org_unit's columns. */
public record UnitForm(@Label("org.name") @NotNull(message = "{validation.choose}") Long organisationId,
		@Label("unit.parent") Long parentId,
		@Label("org.code") @NotBlank(message = "{validation.required}") @Size(max = 32,
				message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_-]*",
						message = "{validation.code}") String code,
		@Label("org.unitNameLabel") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String name,
		@Label("unit.email") @Email(message = "{validation.email}") @Size(max = 255,
				message = "{validation.tooLong}") String email,
		@Label("unit.phone") @Size(max = 40, message = "{validation.tooLong}") String phone,
		@Label("unit.headName") @Size(max = 255, message = "{validation.tooLong}") String headName,
		@Label("unit.sortOrder") Integer sortOrder, @Label("org.status") Boolean active) {

	public boolean isActive() {
		return active == null || active;
	}
}
