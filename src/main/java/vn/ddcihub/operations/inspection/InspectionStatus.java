package vn.ddcihub.operations.inspection;

/** Whether an inspection is still planned, was carried out, or was cancelled. */
public enum InspectionStatus {

	PLANNED, DONE, CANCELLED

}
