package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.execution.Frequency;

/**
 * The periods a reporting line asks for: every month, quarter or year of its years, from
 * the month the plan was issued on (a plan issued on 11/06/2020 is first reported on for
 * June, and for the quarter that ends in June). The due date is the line's day in the
 * (last) month, or the last day of a shorter month (31 → 30/04, 28/02).
 */
public final class PeriodCalendar {

	private PeriodCalendar() {
	}

	/** One period's place and dates; {@code number} is the month, quarter or 1. */
	public record PeriodDates(Frequency frequency, int year, int number, LocalDate startsOn, LocalDate endsOn,
			LocalDate dueOn) {

		/** year × 100 + number: one key per period of a line. */
		public int key() {
			return year * 100 + number;
		}

	}

	/**
	 * @param from periods ending before this day are left out; null for none
	 */
	public static List<PeriodDates> periods(ReportingLine line, LocalDate from) {
		List<PeriodDates> periods = new ArrayList<>();
		for (int year = line.firstYear(); year <= line.lastYear(); year++) {
			switch (line.frequency()) {
				case MONTHLY -> {
					for (int month = 1; month <= 12; month++) {
						LocalDate start = LocalDate.of(year, month, 1);
						periods.add(new PeriodDates(Frequency.MONTHLY, year, month, start, lastDay(start),
								onDay(start, line.dueDay())));
					}
				}
				case QUARTERLY -> {
					for (int quarter = 1; quarter <= 4; quarter++) {
						LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
						LocalDate lastMonth = start.plusMonths(2);
						periods.add(new PeriodDates(Frequency.QUARTERLY, year, quarter, start, lastDay(lastMonth),
								onDay(lastMonth, line.dueDay())));
					}
				}
				case YEARLY -> {
					LocalDate start = LocalDate.of(year, 1, 1);
					periods.add(new PeriodDates(Frequency.YEARLY, year, 1, start, LocalDate.of(year, 12, 31), onDay(
							LocalDate.of(year, line.dueMonth() == null ? 12 : line.dueMonth(), 1), line.dueDay())));
				}
			}
		}
		return from == null ? periods : periods.stream().filter(p -> !p.endsOn().isBefore(from)).toList();
	}

	private static LocalDate lastDay(LocalDate month) {
		return month.withDayOfMonth(month.lengthOfMonth());
	}

	/** The day of the month, or the month's last day when it is shorter. */
	private static LocalDate onDay(LocalDate month, int day) {
		return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
	}

}
