package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.shared.Label;

/**
 * An indicator (chỉ tiêu) added on the definition page to one of the edition's
 * components.
 */
record IndicatorForm(
		@Label("index.editions.code") @NotBlank(message = "{validation.required}") @Size(
				max = EditionDefinition.CODE_MAX, message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
						message = "{validation.code}") String indicatorCode,
		@Label("index.editions.indicatorName") @NotBlank(message = "{validation.required}") @Size(
				max = EditionDefinition.INDICATOR_NAME_MAX, message = "{validation.tooLong}") String indicatorName,
		@Label("index.editions.polarity") @NotBlank(message = "{validation.choose}") String indicatorPolarity,
		@Label("index.component") @NotBlank(message = "{validation.choose}") String indicatorComponent) {

	EditionDefinition.IndicatorDef toDefinition() {
		return new EditionDefinition.IndicatorDef(indicatorCode, indicatorName, indicatorPolarity, indicatorComponent);
	}
}
