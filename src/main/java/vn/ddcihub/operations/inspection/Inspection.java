package vn.ddcihub.operations.inspection;

import java.util.List;

/**
 * An inspection (thanh tra, kiểm tra) of a business in the organisation's yearly plan.
 */
public record Inspection(long id, long organisationId, int year, String businessName, String taxCode, String topic,
		int plannedMonth, long leadUnitId, String leadUnitName, List<Long> coordinatingUnitIds,
		List<String> coordinatingUnitNames, InspectionKind kind, String legalBasis, String violationSign,
		InspectionStatus status, boolean illustrative) {

	public InspectionInput toInput() {
		return new InspectionInput(year, businessName, taxCode, topic, plannedMonth, leadUnitId, coordinatingUnitIds,
				kind, legalBasis, violationSign, status, false);
	}

	/**
	 * A business planned for more than one inspection in a year (Directive 20/CT-TTg),
	 * with every inspection of it — possibly by different units.
	 */
	public record Duplicate(String taxCode, String businessName, List<Inspection> inspections) {
	}

	/**
	 * The year's figures: inspections planned in the plan, carried out, unscheduled, and
	 * businesses inspected more than once.
	 */
	public record Counts(int year, int total, int planned, int carriedOut, int unscheduled, int cancelled,
			int businesses, int duplicateBusinesses) {
	}

}
