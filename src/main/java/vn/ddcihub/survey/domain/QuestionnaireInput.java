package vn.ddcihub.survey.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.index.Block;
import vn.ddcihub.shared.Label;

/** A new questionnaire (bảng hỏi) of an edition: year, block and title. */
public record QuestionnaireInput(
		@Label("survey.field.year") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer year,
		@Label("survey.field.block") @NotNull(message = "{validation.choose}") Block block,
		@Label("survey.field.title") @NotBlank(message = "{validation.required}") @Size(max = SurveyLimits.TITLE_MAX,
				message = "{validation.tooLong}") String title) {
}
