package vn.ddcihub.operations.publication;

import vn.ddcihub.org.AuditKind;

/** The publication records the audit trail describes. */
enum PublicationAuditKind implements AuditKind {

	PUBLICATION("OpsPublication");

	private final String code;

	PublicationAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
