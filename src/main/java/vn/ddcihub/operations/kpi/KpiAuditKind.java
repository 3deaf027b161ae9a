package vn.ddcihub.operations.kpi;

import vn.ddcihub.org.AuditKind;

/** The KPI records that the audit trail describes. */
enum KpiAuditKind implements AuditKind {

	MAPPING("OpsKpiMapping"), TARGET("OpsKpiTarget");

	private final String code;

	KpiAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
