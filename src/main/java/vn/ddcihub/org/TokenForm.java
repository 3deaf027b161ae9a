package vn.ddcihub.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * The name of a new personal API token, so its owner knows which script uses it
 * (org_api_token.name).
 */
public record TokenForm(@Label("account.token.name") @NotBlank(message = "{validation.required}") @Size(max = 120,
		message = "{validation.tooLong}") String name) {
}
