package vn.ddcihub.operations.dialogue;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/** A follow-up action for an issue: what, which unit owns it, by when. */
public record ActionInput(
		@Label("operations.action.action") @NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String action,
		@Label("operations.action.ownerUnit") @NotNull(message = "{validation.choose}") Long ownerUnitId,
		@Label("operations.action.dueOn") @NotNull(message = "{validation.required}") LocalDate dueOn) {

	public static ActionInput blank() {
		return new ActionInput("", null, null);
	}

}
