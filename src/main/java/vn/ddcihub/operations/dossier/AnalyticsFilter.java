package vn.ddcihub.operations.dossier;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the analytics look at: months {@code from}–{@code to} (of return for handled
 * dossiers, of receipt for open ones), and optionally one unit, field or channel.
 */
public record AnalyticsFilter(YearMonth from, YearMonth to, String unit, String field, Channel channel) {

	public AnalyticsFilter {
		if (to.isBefore(from)) {
			YearMonth swap = from;
			from = to;
			to = swap;
		}
		unit = blankToNull(unit);
		field = blankToNull(field);
	}

	public static AnalyticsFilter year(int year) {
		return new AnalyticsFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null, null);
	}

	LocalDate firstDay() {
		return from.atDay(1);
	}

	LocalDate lastMonth() {
		return to.atDay(1);
	}

	LocalDate dayAfter() {
		return to.plusMonths(1).atDay(1);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
