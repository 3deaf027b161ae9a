package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.shared.Label;

/**
 * A component (chỉ số thành phần) added on the definition page; a blank English name
 * takes the Vietnamese one, a blank order puts it last, a blank weight is 1.
 */
record ComponentForm(
		@Label("index.editions.code") @NotBlank(message = "{validation.required}") @Size(
				max = EditionDefinition.CODE_MAX, message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
						message = "{validation.code}") String newCode,
		@Label("index.editions.nameVi") @NotBlank(message = "{validation.required}") @Size(
				max = EditionDefinition.NAME_MAX, message = "{validation.tooLong}") String newNameVi,
		@Label("index.editions.nameEn") @Size(max = EditionDefinition.NAME_MAX,
				message = "{validation.tooLong}") String newNameEn,
		@Label("index.editions.order") Integer newOrder,
		@Label("index.weightHeader") @PositiveOrZero(message = "{validation.notNegative}") Double newWeight) {

	EditionDefinition.ComponentDef toDefinition() {
		return new EditionDefinition.ComponentDef(newCode, newNameVi, newNameEn, newOrder == null ? 0 : newOrder,
				newWeight == null ? 1.0 : newWeight);
	}
}
