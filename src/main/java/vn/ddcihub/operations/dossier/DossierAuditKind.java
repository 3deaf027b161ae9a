package vn.ddcihub.operations.dossier;

import vn.ddcihub.org.AuditKind;

/** The dossier records that the audit trail describes. */
public enum DossierAuditKind implements AuditKind {

	PROCEDURE("OpsProcedure"), DOSSIER_IMPORT("OpsDossierImport"), DOSSIER_MAPPING("OpsDossierMapping");

	private final String code;

	DossierAuditKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
