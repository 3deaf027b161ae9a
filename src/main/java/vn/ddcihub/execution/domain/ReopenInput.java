package vn.ddcihub.execution.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/** Why a closed period is opened again (required, kept and shown on the period). */
public record ReopenInput(@Label("execution.period.reopen.reason") @NotBlank(message = "{validation.required}") @Size(
		max = 2000, message = "{validation.tooLong}") String reason) {

	public static ReopenInput empty() {
		return new ReopenInput("");
	}

}
