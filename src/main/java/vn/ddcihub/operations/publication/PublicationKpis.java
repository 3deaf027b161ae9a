package vn.ddcihub.operations.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ddcihub.operations.kpi.KpiDefinition;
import vn.ddcihub.operations.kpi.KpiMeasure;
import vn.ddcihub.operations.kpi.KpiReading;
import vn.ddcihub.operations.kpi.KpiSource;
import vn.ddcihub.shared.VietnamTime;

/**
 * How current an organisation's public library is, for the transparency component (C1):
 * documents put on the portal in each month and year, and the days from the last
 * publication or change to the end of the month or year (to today for the current one).
 */
@Component
class PublicationKpis implements KpiSource {

	static final String PUBLISHED = "publication.published-count";

	static final String DAYS_SINCE_UPDATE = "publication.days-since-update";

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicationKpis(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<KpiDefinition> definitions() {
		String href = "/operations/publications";
		return List.of(
				new KpiDefinition(PUBLISHED, "operations.publication.kpi.published-count", KpiMeasure.COUNT, true,
						List.of("C1"), href),
				new KpiDefinition(DAYS_SINCE_UPDATE, "operations.publication.kpi.days-since-update", KpiMeasure.DAYS,
						false, List.of("C1"), href));
	}

	@Override
	public List<KpiReading> readings(long organisationId, int fromYear, int toYear) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		List<LocalDate> changes = jdbc.sql("""
				select (greatest(published_at, updated_at) at time zone 'Asia/Ho_Chi_Minh')::date from ops_publication
				where organisation_id = ? order by 1""").param(organisationId).query(LocalDate.class).list();
		List<LocalDate> published = jdbc.sql("""
				select (published_at at time zone 'Asia/Ho_Chi_Minh')::date from ops_publication
				where organisation_id = ? and not withdrawn""").param(organisationId).query(LocalDate.class).list();
		List<KpiReading> readings = new ArrayList<>();
		if (changes.isEmpty()) {
			// an organisation without a library has no figure, not a zero
			return readings;
		}
		for (int year = fromYear; year <= toYear && year <= today.getYear(); year++) {
			for (int month = 1; month <= 12; month++) {
				YearMonth ym = YearMonth.of(year, month);
				if (ym.atDay(1).isAfter(today)) {
					break;
				}
				long count = published.stream().filter(d -> YearMonth.from(d).equals(ym)).count();
				readings.add(new KpiReading(PUBLISHED, year, month, count, count));
				days(changes, min(ym.atEndOfMonth(), today)).ifPresent(days -> readings
					.add(new KpiReading(DAYS_SINCE_UPDATE, ym.getYear(), ym.getMonthValue(), days, 1)));
			}
			int y = year;
			long count = published.stream().filter(d -> d.getYear() == y).count();
			readings.add(new KpiReading(PUBLISHED, year, 0, count, count));
			days(changes, min(LocalDate.of(year, 12, 31), today))
				.ifPresent(days -> readings.add(new KpiReading(DAYS_SINCE_UPDATE, y, 0, days, 1)));
		}
		return readings;
	}

	/**
	 * Days from the last change on or before {@code end} to {@code end}; empty when none.
	 */
	private static java.util.Optional<Long> days(List<LocalDate> changes, LocalDate end) {
		return changes.stream()
			.filter(d -> !d.isAfter(end))
			.max(LocalDate::compareTo)
			.map(last -> ChronoUnit.DAYS.between(last, end));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
