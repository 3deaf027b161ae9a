package vn.ddcihub.operations.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import vn.ddcihub.shared.Label;

/**
 * A procedure as the catalogue form and the API take it. A blank reduced limit takes the
 * default 30 % cut for procedures over 3 days.
 */
public record ProcedureInput(
		@Label("dossiers.procedure.code") @NotBlank(message = "{validation.required}") @Size(max = 64,
				message = "{validation.tooLong}") String code,
		@Label("dossiers.procedure.name") @NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") String name,
		@Label("dossiers.procedure.field") @NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String field,
		@Label("dossiers.procedure.statutoryDays") @NotNull(message = "{validation.required}") @Range(min = 0,
				max = 365, message = "{validation.between}") Integer statutoryDays,
		@Label("dossiers.procedure.reducedDays") @Range(min = 0, max = 365,
				message = "{validation.between}") Integer reducedDays,
		@Label("dossiers.procedure.onlineLevel") @NotNull(message = "{validation.choose}") OnlineLevel onlineLevel,
		@Label("dossiers.procedure.fees") @Size(max = 1000, message = "{validation.tooLong}") String fees) {

	public static ProcedureInput empty() {
		return new ProcedureInput("", "", "", null, null, OnlineLevel.NONE, "");
	}

	public static ProcedureInput of(Procedure procedure) {
		return new ProcedureInput(procedure.code(), procedure.name(), procedure.field(), procedure.statutoryDays(),
				procedure.reducedDays(), procedure.onlineLevel(), procedure.fees() == null ? "" : procedure.fees());
	}

	/** The reduced limit to store: the one given, or the default cut. */
	int reducedOrDefault() {
		return reducedDays != null ? reducedDays : Procedure.defaultReducedDays(statutoryDays);
	}

}
