package vn.ddcihub.org.domain;

import vn.ddcihub.org.AuditKind;

/** The records of the organisation directory that the audit trail describes. */
public enum OrgAuditKind implements AuditKind {

	ORGANISATION("Organisation"), UNIT("Unit"), USER("User"), API_TOKEN("ApiToken");

	private final String code;

	OrgAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
