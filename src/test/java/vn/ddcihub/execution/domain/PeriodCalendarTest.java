package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.domain.PeriodCalendar.PeriodDates;

class PeriodCalendarTest {

	private static ReportingLine line(Frequency frequency, int day, Integer month, int first, int last) {
		return new ReportingLine(null, 1, frequency, null, List.of(), "", day, month, false, first, last);
	}

	@Test
	void monthlyDayThirtyOneFallsOnTheLastDayOfShorterMonths() {
		List<PeriodDates> periods = PeriodCalendar.periods(line(Frequency.MONTHLY, 31, null, 2031, 2032), null);

		assertThat(periods).hasSize(24);
		assertThat(periods.get(0).dueOn()).isEqualTo(LocalDate.of(2031, 1, 31));
		assertThat(periods.get(1).dueOn()).isEqualTo(LocalDate.of(2031, 2, 28));
		assertThat(periods.get(3).dueOn()).isEqualTo(LocalDate.of(2031, 4, 30));
		// 2032 is a leap year
		assertThat(periods.get(13).dueOn()).isEqualTo(LocalDate.of(2032, 2, 29));
		assertThat(periods.get(1).startsOn()).isEqualTo(LocalDate.of(2031, 2, 1));
		assertThat(periods.get(1).endsOn()).isEqualTo(LocalDate.of(2031, 2, 28));
	}

	@Test
	void quartersEndWithTheirThirdMonthAndAreDueThen() {
		List<PeriodDates> periods = PeriodCalendar.periods(line(Frequency.QUARTERLY, 31, null, 2031, 2031), null);

		assertThat(periods).extracting(PeriodDates::number).containsExactly(1, 2, 3, 4);
		assertThat(periods).extracting(PeriodDates::startsOn)
			.containsExactly(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 1), LocalDate.of(2031, 7, 1),
					LocalDate.of(2031, 10, 1));
		assertThat(periods).extracting(PeriodDates::endsOn)
			.containsExactly(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 6, 30), LocalDate.of(2031, 9, 30),
					LocalDate.of(2031, 12, 31));
		assertThat(periods).extracting(PeriodDates::dueOn)
			.containsExactly(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 6, 30), LocalDate.of(2031, 9, 30),
					LocalDate.of(2031, 12, 31));
	}

	@Test
	void theYearReportIsDueOnTheLinesDayAndMonth() {
		List<PeriodDates> periods = PeriodCalendar.periods(line(Frequency.YEARLY, 15, 12, 2033, 2034), null);

		assertThat(periods).extracting(PeriodDates::dueOn)
			.containsExactly(LocalDate.of(2033, 12, 15), LocalDate.of(2034, 12, 15));
		assertThat(periods).allMatch(p -> p.number() == 1 && p.startsOn().getDayOfYear() == 1);
	}

	@Test
	void periodsBeforeThePlanWasIssuedAreLeftOut() {
		LocalDate issued = LocalDate.of(2031, 6, 1);

		assertThat(PeriodCalendar.periods(line(Frequency.MONTHLY, 25, null, 2031, 2031), issued))
			.extracting(PeriodDates::number)
			.containsExactly(6, 7, 8, 9, 10, 11, 12);
		// the quarter that ends in June counts
		assertThat(PeriodCalendar.periods(line(Frequency.QUARTERLY, 25, null, 2031, 2031), issued))
			.extracting(PeriodDates::number)
			.containsExactly(2, 3, 4);
	}

}
