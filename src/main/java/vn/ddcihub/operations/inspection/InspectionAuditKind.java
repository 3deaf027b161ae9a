package vn.ddcihub.operations.inspection;

import vn.ddcihub.org.AuditKind;

/** The inspection records that the audit trail describes. */
enum InspectionAuditKind implements AuditKind {

	INSPECTION("OpsInspection"), INSPECTION_IMPORT("OpsInspectionImport");

	private final String code;

	InspectionAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
