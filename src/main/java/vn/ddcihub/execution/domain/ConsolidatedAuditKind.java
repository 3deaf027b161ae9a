package vn.ddcihub.execution.domain;

import vn.ddcihub.org.AuditKind;

/** The consolidated reports as the audit trail names them. */
public enum ConsolidatedAuditKind implements AuditKind {

	CONSOLIDATED_REPORT("ConsolidatedReport");

	private final String code;

	ConsolidatedAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
