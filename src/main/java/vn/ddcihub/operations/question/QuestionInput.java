package vn.ddcihub.operations.question;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.shared.Label;

/**
 * A question or petition as a business sends it from the public form or the API, with the
 * rules of each field. Rules across fields (a petition names its business; a phone or an
 * e-mail) and the anti-spam checks are {@link PublicQuestions}'.
 *
 * @param challengeId the arithmetic challenge the form showed
 * @param website a field hidden from people: filled only by robots
 */
public record QuestionInput(
		@Label("operations.question.kind") @NotNull(message = "{validation.required}") QuestionKind kind,
		@Label("operations.question.organisation") @NotNull(message = "{validation.required}") Long organisationId,
		@Label("operations.question.field") @NotNull(message = "{validation.required}") OpsField field,
		@Label("operations.question.businessName") @Size(max = 255,
				message = "{validation.tooLong}") String businessName,
		@Label("operations.question.taxCode") @Pattern(regexp = "|\\d{10}|\\d{10}-?\\d{3}",
				message = "{operations.question.taxCode.pattern}") String taxCode,
		@Label("operations.question.contactName") @NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String contactName,
		@Label("operations.question.phone") @Pattern(regexp = "|\\+?[0-9 .()-]{8,20}",
				message = "{operations.question.phone.pattern}") String phone,
		@Label("operations.question.email") @Email(message = "{operations.question.email.pattern}") @Size(max = 255,
				message = "{validation.tooLong}") String email,
		@Label("operations.question.title") @NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String title,
		@Label("operations.question.content") @NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String content,
		@Label("operations.question.anonymous") Boolean anonymous,
		@Label("operations.question.challenge") String challengeId,
		@Label("operations.question.challengeAnswer") String challengeAnswer,
		@Label("operations.question.website") String website) {

	public QuestionInput {
		businessName = strip(businessName);
		taxCode = strip(taxCode);
		contactName = strip(contactName);
		phone = strip(phone);
		email = strip(email);
		title = strip(title);
		content = content == null ? "" : content.strip();
		challengeId = strip(challengeId);
		challengeAnswer = strip(challengeAnswer);
		website = strip(website);
	}

	public boolean anonymousChosen() {
		return Boolean.TRUE.equals(anonymous);
	}

	/** The tax code as stored: digits only. */
	public String taxDigits() {
		return taxCode.replace("-", "");
	}

	/** An empty form with a challenge to answer. */
	public static QuestionInput blank(Long organisationId, String challengeId) {
		return new QuestionInput(QuestionKind.QUESTION, organisationId, null, "", "", "", "", "", "", "", false,
				challengeId, "", "");
	}

	/**
	 * The same input with a new challenge and its answer cleared (a challenge is used
	 * once).
	 */
	public QuestionInput withChallenge(String id) {
		return new QuestionInput(kind, organisationId, field, businessName, taxCode, contactName, phone, email, title,
				content, anonymous, id, "", "");
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
