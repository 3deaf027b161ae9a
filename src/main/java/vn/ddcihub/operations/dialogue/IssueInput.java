package vn.ddcihub.operations.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/** An issue a business raised at a dialogue (kiến nghị, vướng mắc). */
public record IssueInput(
		@Label("operations.issue.content") @NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String content,
		@Label("operations.issue.business") @Size(max = 500, message = "{validation.tooLong}") String business,
		@Label("operations.issue.field") @Size(max = 120, message = "{validation.tooLong}") String field) {

	public IssueInput {
		business = business == null ? "" : business.strip();
		field = field == null ? "" : field.strip();
	}

	public static IssueInput blank() {
		return new IssueInput("", "", "");
	}

}
