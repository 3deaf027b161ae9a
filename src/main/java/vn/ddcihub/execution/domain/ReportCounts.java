package vn.ddcihub.execution.domain;

/**
 * The reports of a period by status; {@code missing} counts the units expected to report
 * that have not started.
 */
public record ReportCounts(int expected, int draft, int submitted, int returned, int accepted, int missing) {

	/** Reports still owed: missing, in draft or returned. */
	public int outstanding() {
		return missing + draft + returned;
	}

}
