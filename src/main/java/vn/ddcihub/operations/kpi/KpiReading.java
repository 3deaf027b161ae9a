package vn.ddcihub.operations.kpi;

/**
 * One value of a KPI for an organisation: for a month (1–12) of a year, or for the whole
 * year when {@code month} is 0. {@code basis} is the count the value is computed from
 * (dossiers handled, questions received …), so a rate over 3 items is not read like one
 * over 3,000.
 */
public record KpiReading(String code, int year, int month, double value, long basis) {

	/** Not a property of its own in JSON, where {@code month} 0 says it. */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean isYear() {
		return month == 0;
	}

}
