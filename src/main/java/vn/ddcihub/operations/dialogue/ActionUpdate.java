package vn.ddcihub.operations.dialogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * The owner unit's (or the Office's) update of a follow-up action; "not feasible" needs
 * the reason.
 */
public record ActionUpdate(
		@Label("operations.action.status") @NotNull(message = "{validation.choose}") ActionStatus status,
		@Label("operations.action.reason") @Size(max = 2000, message = "{validation.tooLong}") String reason) {

	public ActionUpdate {
		reason = reason == null ? "" : reason.strip();
	}

}
