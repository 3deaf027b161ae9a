package vn.ddcihub.survey.web;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.shared.Label;

/** The year a questionnaire is copied to. */
record CopyForm(@Label("survey.field.toYear") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
		message = "{validation.between}") Integer toYear) {
}
