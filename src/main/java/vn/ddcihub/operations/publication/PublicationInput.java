package vn.ddcihub.operations.publication;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.shared.Label;

/** A document's metadata as typed on the page or sent to the API. */
public record PublicationInput(
		@Label("operations.publication.type") @NotNull(message = "{validation.required}") PublicationType type,
		@Label("operations.publication.numberSymbol") @NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.tooLong}") String numberSymbol,
		@Label("operations.publication.issuedOn") @NotNull(message = "{validation.required}") LocalDate issuedOn,
		@Label("operations.publication.issuer") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String issuer,
		@Label("operations.publication.field") @NotNull(message = "{validation.required}") OpsField field,
		@Label("operations.publication.title") @NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") String title,
		@Label("operations.publication.summary") @Size(max = 4000, message = "{validation.tooLong}") String summary) {

	public PublicationInput {
		numberSymbol = numberSymbol == null ? "" : numberSymbol.strip();
		issuer = issuer == null ? "" : issuer.strip();
		title = title == null ? "" : title.strip();
		summary = summary == null ? "" : summary.strip();
	}

	public static PublicationInput blank(String issuer) {
		return new PublicationInput(null, "", null, issuer, null, "", "");
	}

}
