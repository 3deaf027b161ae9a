package vn.ddcihub.index.domain;

import vn.ddcihub.org.AuditKind;

/** The index records that the audit trail describes. */
public enum IndexAuditKind implements AuditKind {

	EDITION("IndexEdition"), RESULT("IndexResult"), UNIT_TARGET("IndexUnitTarget"), ASSESSED_UNIT("AssessedUnit");

	private final String code;

	IndexAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
