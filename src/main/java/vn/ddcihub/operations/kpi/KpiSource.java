package vn.ddcihub.operations.kpi;

import java.util.List;

/**
 * A lever that measures KPIs (dossiers, questions, dialogues, inspections, publications):
 * the KPI tiles, the profile and the dashboards ask every source, so a new lever adds a
 * bean and no other code changes.
 */
public interface KpiSource {

	List<KpiDefinition> definitions();

	/**
	 * Monthly and yearly readings of this source's KPIs for the organisation, for the
	 * years {@code fromYear}–{@code toYear} inclusive; months without data are absent.
	 */
	List<KpiReading> readings(long organisationId, int fromYear, int toYear);

}
