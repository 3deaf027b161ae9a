package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.shared.Label;

/** A new assessed unit (đơn vị được đánh giá) of a block, from the units page. */
record AssessedUnitForm(
		@Label("index.editions.code") @NotBlank(message = "{validation.required}") @Size(
				max = EditionDefinition.CODE_MAX, message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
						message = "{validation.code}") String code,
		@Label("index.units.name") @NotBlank(message = "{validation.required}") @Size(max = EditionDefinition.NAME_MAX,
				message = "{validation.tooLong}") String name,
		@Label("index.units.organisation") Long organisationId) {
}
