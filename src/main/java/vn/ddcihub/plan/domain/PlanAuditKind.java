package vn.ddcihub.plan.domain;

import vn.ddcihub.org.AuditKind;

/** The plan records that the audit trail describes. */
public enum PlanAuditKind implements AuditKind {

	PLAN("Plan"), TARGET("PlanTarget"), TASK("PlanTask");

	private final String code;

	PlanAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
