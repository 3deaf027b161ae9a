package vn.ddcihub.operations.kpi;

/** How a KPI's value reads: a percentage (0–100), a count, or a number of days. */
public enum KpiMeasure {

	PERCENT, COUNT, DAYS

}
