package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.shared.Label;

/**
 * An assessed unit renamed or linked to the DDCI Hub organisation it is (its code is in
 * the address).
 */
record UnitLinkForm(
		@Label("index.units.name") @NotBlank(message = "{validation.required}") @Size(max = EditionDefinition.NAME_MAX,
				message = "{validation.tooLong}") String name,
		@Label("index.units.organisation") Long organisationId) {
}
