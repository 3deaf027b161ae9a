package vn.ddcihub.execution.domain;

/**
 * Which consolidated report (báo cáo tổng hợp) the Office compiles: the month's report
 * for the leadership meeting (họp giao ban), the year report (báo cáo năm, before 15/12)
 * or the report to Sở Kế hoạch và Đầu tư and UBND tỉnh (báo cáo cấp trên).
 */
public enum ConsolidatedKind {

	MONTHLY, YEARLY, UPWARD;

	/** Compiled over a whole year rather than one period. */
	public boolean yearly() {
		return this != MONTHLY;
	}

}
