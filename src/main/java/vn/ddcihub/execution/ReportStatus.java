package vn.ddcihub.execution;

/**
 * Where a unit's report for a period stands. A report that does not exist yet is missing
 * (chưa báo cáo); a returned report is a draft again, with the reviewer's comment shown
 * where the unit works; an accepted report is locked for everybody.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** The unit may still change it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
