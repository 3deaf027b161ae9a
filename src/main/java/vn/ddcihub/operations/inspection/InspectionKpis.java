package vn.ddcihub.operations.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiMeasure;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiSource;

/**
 * The inspection KPIs: inspections per business inspected and businesses inspected more
 * than once in a year (Directive 20/CT-TTg; 0 is the aim) — by default moving time costs
 * (C2) and informal costs (C3). Monthly readings accumulate by planned month, so the
 * trend shows the plan filling up.
 */
@Component
class InspectionKpis implements KpiSource {

	static final String PER_BUSINESS = "inspection.per-business";

	static final String DUPLICATES = "inspection.duplicates";

	private static final List<String> COMPONENTS = List.of("C2", "C3");

	private final JdbcClient jdbc;

	InspectionKpis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KpiDefinition> definitions() {
		return List.of(
				new KpiDefinition(PER_BUSINESS, "operations.kpi.inspection.perBusiness", KpiMeasure.COUNT, false,
						COMPONENTS, "/operations/inspections"),
				new KpiDefinition(DUPLICATES, "operations.kpi.inspection.duplicates", KpiMeasure.COUNT, false,
						COMPONENTS, "/operations/inspections"));
	}

	@Override
	public List<KpiReading> readings(long organisationId, int fromYear, int toYear) {
		record Planned(int year, int month, String taxCode) {
		}
		List<Planned> planned = jdbc.sql("""
				select year, planned_month, tax_code from ops_inspection
				where organisation_id = ? and year between ? and ? and status <> 'CANCELLED'
				order by year, planned_month""")
			.params(organisationId, fromYear, toYear)
			.query((rs, i) -> new Planned(rs.getInt(1), rs.getInt(2), rs.getString(3)))
			.list();
		List<KpiReading> readings = new ArrayList<>();
		Map<Integer, Map<String, Integer>> byYear = new HashMap<>();
		for (int p = 0; p < planned.size(); p++) {
			Planned one = planned.get(p);
			Map<String, Integer> counts = byYear.computeIfAbsent(one.year(), y -> new HashMap<>());
			counts.merge(one.taxCode(), 1, Integer::sum);
			boolean lastOfMonth = p + 1 == planned.size() || planned.get(p + 1).month() != one.month()
					|| planned.get(p + 1).year() != one.year();
			if (lastOfMonth) {
				readings.addAll(readings(one.year(), one.month(), counts));
			}
			boolean lastOfYear = p + 1 == planned.size() || planned.get(p + 1).year() != one.year();
			if (lastOfYear) {
				readings.addAll(readings(one.year(), 0, counts));
			}
		}
		return readings;
	}

	private static List<KpiReading> readings(int year, int month, Map<String, Integer> counts) {
		int inspections = counts.values().stream().mapToInt(Integer::intValue).sum();
		long duplicates = counts.values().stream().filter(n -> n > 1).count();
		return List.of(new KpiReading(PER_BUSINESS, year, month, (double) inspections / counts.size(), counts.size()),
				new KpiReading(DUPLICATES, year, month, duplicates, counts.size()));
	}

}
