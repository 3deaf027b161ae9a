package vn.ddcihub.survey.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.Polarity;

/**
 * An indicator (chỉ tiêu) as typed on its page or sent to the API: code, name, the
 * component it counts in, polarity (thuận/nghịch), weight in the component and
 * aggregation rule.
 */
public record IndicatorInput(
		@Label("survey.field.code") @NotBlank(message = "{validation.required}") @Size(max = SurveyLimits.CODE_MAX,
				message = "{validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
						message = "{validation.code}") String code,
		@Label("survey.field.indicatorName") @NotBlank(message = "{validation.required}") @Size(
				max = SurveyLimits.INDICATOR_NAME_MAX, message = "{validation.tooLong}") String name,
		@Label("survey.field.component") @NotBlank(message = "{validation.choose}") String componentCode,
		@Label("survey.field.polarity") @NotNull(message = "{validation.choose}") Polarity polarity,
		@Label("survey.field.weight") @NotNull(message = "{validation.required}") @DecimalMin(value = "0",
				message = "{validation.notNegative}") Double weight,
		@Label("survey.field.aggregation") @NotNull(message = "{validation.choose}") Aggregation aggregation) {
}
