package vn.ddcihub.execution.domain;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.shared.Label;

/**
 * A reporting line as typed on the page or sent to the API ({@code id} names the line it
 * changes; none for a new one), with the rules of the columns. Rules across fields and
 * units are checked by {@link ReportingLines}.
 */
public record ReportingLineInput(@Label("execution.period.line.id") Long id,
		@Label("execution.period.line.frequency") @NotNull(message = "{validation.required}") Frequency frequency,
		@Label("execution.period.line.reporter") Long reporterUnitId,
		@Label("execution.period.line.receivers") List<Long> receivingUnitIds,
		@Label("execution.period.line.external") @Size(max = 1000,
				message = "{validation.tooLong}") String externalRecipients,
		@Label("execution.period.line.dueDay") @NotNull(message = "{validation.required}") @Range(min = 1, max = 31,
				message = "{validation.between}") Integer dueDay,
		@Label("execution.period.line.dueMonth") @Range(min = 1, max = 12,
				message = "{validation.between}") Integer dueMonth,
		@Label("execution.period.line.onRequest") Boolean onRequest,
		@Label("execution.period.line.firstYear") @NotNull(message = "{validation.required}") @Range(min = 2000,
				max = 2100, message = "{validation.between}") Integer firstYear,
		@Label("execution.period.line.lastYear") @NotNull(message = "{validation.required}") @Range(min = 2000,
				max = 2100, message = "{validation.between}") Integer lastYear) {

	public ReportingLineInput {
		receivingUnitIds = receivingUnitIds == null ? List.of() : List.copyOf(receivingUnitIds);
		externalRecipients = externalRecipients == null ? "" : externalRecipients;
	}

	public boolean dueOnRequest() {
		return Boolean.TRUE.equals(onRequest);
	}

	/** A blank line for the page's "add" form: monthly, on the default day. */
	public static ReportingLineInput blank(int year) {
		return new ReportingLineInput(null, Frequency.MONTHLY, null, List.of(), "",
				ReportingLineDefaults.MONTHLY_DUE_DAY, null, false, year, year);
	}

}
