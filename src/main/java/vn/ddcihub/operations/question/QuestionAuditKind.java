package vn.ddcihub.operations.question;

import vn.ddcihub.org.AuditKind;

/** The question records the audit trail describes. */
enum QuestionAuditKind implements AuditKind {

	QUESTION("OpsQuestion");

	private final String code;

	QuestionAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
