package vn.ddcihub.plan.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * The director returns a submitted revision to the Office (trả lại) and says why: the
 * comment is required, the Office reads it on the plan page.
 */
public record ReturnDecision(@Label("plan.review.comment") @NotBlank(message = "{validation.required}") @Size(
		max = 2000, message = "{validation.tooLong}") String comment) {
}
