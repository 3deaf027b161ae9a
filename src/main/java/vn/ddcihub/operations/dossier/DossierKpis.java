package vn.ddcihub.operations.dossier;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiMeasure;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiSource;

/**
 * The dossiers' KPIs: the Decision 766 on-time rate and the late count move time costs
 * (C2, Chi phí thời gian, in the seed's department editions); the online share moves time
 * costs and transparency (C1). Monthly (by month of return, open dossiers by month of
 * receipt) and yearly.
 */
@Component
class DossierKpis implements KpiSource {

	static final String ON_TIME_RATE = "dossier.on-time-rate";

	static final String ONLINE_SHARE = "dossier.online-share";

	static final String LATE_COUNT = "dossier.late-count";

	private static final String PAGE = "/operations/dossiers";

	private final DossierAnalytics analytics;

	DossierKpis(DossierAnalytics analytics) {
		this.analytics = analytics;
	}

	@Override
	public List<KpiDefinition> definitions() {
		return List.of(
				new KpiDefinition(ON_TIME_RATE, "dossiers.kpi.onTimeRate", KpiMeasure.PERCENT, true, List.of("C2"),
						PAGE),
				new KpiDefinition(ONLINE_SHARE, "dossiers.kpi.onlineShare", KpiMeasure.PERCENT, true,
						List.of("C2", "C1"), PAGE),
				new KpiDefinition(LATE_COUNT, "dossiers.kpi.lateCount", KpiMeasure.COUNT, false, List.of("C2"), PAGE));
	}

	@Override
	public List<KpiReading> readings(long organisationId, int fromYear, int toYear) {
		AnalyticsFilter filter = new AnalyticsFilter(YearMonth.of(fromYear, 1), YearMonth.of(toYear, 12), null, null,
				null);
		List<KpiReading> readings = new ArrayList<>();
		Map<Integer, AnalyticsRow> years = new LinkedHashMap<>();
		for (AnalyticsRow month : analytics.rows(organisationId, filter, Dimension.MONTH)) {
			YearMonth at = YearMonth.parse(month.key());
			add(readings, at.getYear(), at.getMonthValue(), month);
			years.merge(at.getYear(), month, AnalyticsRow::plus);
		}
		years.forEach((year, row) -> add(readings, year, 0, row));
		return readings;
	}

	private static void add(List<KpiReading> readings, int year, int month, AnalyticsRow row) {
		if (row.onTimeRate() != null) {
			readings
				.add(new KpiReading(ON_TIME_RATE, year, month, row.onTimeRate(), row.handled() + row.openOverdue()));
		}
		if (row.onlineShare() != null) {
			readings.add(new KpiReading(ONLINE_SHARE, year, month, row.onlineShare(), row.total()));
		}
		readings.add(new KpiReading(LATE_COUNT, year, month, row.late() + row.openOverdue(), row.total()));
	}

}
