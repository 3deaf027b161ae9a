package vn.ddcihub.survey.web;

import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * Publishing a scoring run into its edition: the reason, needed when the edition already
 * has results (they are kept as an earlier version).
 */
public record PublicationForm(
		@Label("surveyRun.field.reason") @Size(max = 1000, message = "{validation.tooLong}") String reason) {
}
