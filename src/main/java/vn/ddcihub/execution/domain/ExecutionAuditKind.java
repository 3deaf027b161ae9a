package vn.ddcihub.execution.domain;

import vn.ddcihub.org.AuditKind;

/** The execution records that the audit trail describes. */
public enum ExecutionAuditKind implements AuditKind {

	/** All reporting lines of a plan, saved together (entity id: the plan). */
	REPORTING_LINES("ExecutionReportingLines"), PERIOD("ExecutionPeriod"),

	REPORT("ExecutionReport"), ATTACHMENT("ExecutionAttachment"), TASK_COMMENT("ExecutionTaskComment");

	private final String code;

	ExecutionAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
