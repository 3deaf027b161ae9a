package vn.ddcihub.survey.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/**
 * What the invitation letters (thư mời) carry besides each business and its code: the
 * issuing body, the number, the signer and whom to call.
 */
public record LetterDetails(
		@Label("codes.letter.issuerParent") @Size(max = 255, message = "{validation.tooLong}") String issuerParent,
		@Label("codes.letter.issuer") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String issuer,
		@Label("codes.letter.numberSymbol") @NotBlank(message = "{validation.required}") @Size(max = 64,
				message = "{validation.tooLong}") String numberSymbol,
		@Label("codes.letter.place") @NotBlank(message = "{validation.required}") @Size(max = 64,
				message = "{validation.tooLong}") String place,
		@Label("codes.letter.signerTitle") @NotBlank(message = "{validation.required}") @Size(max = 128,
				message = "{validation.tooLong}") String signerTitle,
		@Label("codes.letter.signerName") @NotBlank(message = "{validation.required}") @Size(max = 128,
				message = "{validation.tooLong}") String signerName,
		@Label("codes.letter.contact") @NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") String contact) {

	/** What the form offers before anything is typed. */
	public static LetterDetails suggested(String issuer) {
		return new LetterDetails("UBND TỈNH LẠNG SƠN", issuer == null ? "" : issuer, "", "Lạng Sơn", "GIÁM ĐỐC", "",
				"");
	}

}
