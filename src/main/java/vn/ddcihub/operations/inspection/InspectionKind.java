package vn.ddcihub.operations.inspection;

/**
 * Planned in the yearly plan (theo kế hoạch), or unscheduled (đột xuất) — allowed only on
 * a legal basis and a sign of violation.
 */
public enum InspectionKind {

	PLANNED, UNSCHEDULED

}
