package vn.ddcihub.operations.inspection;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.shared.Label;

/**
 * An inspection of the yearly plan as typed or sent to the API. Unscheduled ones need
 * their legal basis and the sign of violation ({@link Inspections} checks it);
 * {@code confirmDuplicate} saves one although the business is already inspected that
 * year.
 */
public record InspectionInput(
		@Label("operations.inspection.year") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer year,
		@Label("operations.inspection.businessName") @NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") String businessName,
		@Label("operations.inspection.taxCode") @NotBlank(message = "{validation.required}") @Pattern(
				regexp = "\\s*\\d{10}(-\\d{3})?\\s*",
				message = "{operations.inspection.taxCode.format}") String taxCode,
		@Label("operations.inspection.topic") @NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") String topic,
		@Label("operations.inspection.plannedMonth") @NotNull(message = "{validation.required}") @Range(min = 1,
				max = 12, message = "{validation.between}") Integer plannedMonth,
		@Label("operations.inspection.leadUnit") @NotNull(message = "{validation.choose}") Long leadUnitId,
		@Label("operations.inspection.coordinatingUnits") List<Long> coordinatingUnitIds,
		@Label("operations.inspection.kind") @NotNull(message = "{validation.choose}") InspectionKind kind,
		@Label("operations.inspection.legalBasis") @Size(max = 2000,
				message = "{validation.tooLong}") String legalBasis,
		@Label("operations.inspection.violationSign") @Size(max = 2000,
				message = "{validation.tooLong}") String violationSign,
		@Label("operations.inspection.status") InspectionStatus status,
		@Label("operations.inspection.confirmDuplicate") Boolean confirmDuplicate) {

	public InspectionInput {
		coordinatingUnitIds = coordinatingUnitIds == null ? List.of() : List.copyOf(coordinatingUnitIds);
		legalBasis = legalBasis == null ? "" : legalBasis.strip();
		violationSign = violationSign == null ? "" : violationSign.strip();
		status = status == null ? InspectionStatus.PLANNED : status;
		taxCode = taxCode == null ? null : taxCode.strip();
	}

	public static InspectionInput blank(int year) {
		return new InspectionInput(year, "", "", "", null, null, List.of(), InspectionKind.PLANNED, "", "",
				InspectionStatus.PLANNED, false);
	}

	public boolean duplicateConfirmed() {
		return Boolean.TRUE.equals(confirmDuplicate);
	}

}
