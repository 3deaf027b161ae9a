package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

	@Test
	void decimalsUseACommaAndTwoDigits() {
		assertThat(VietnameseFormat.decimal(7.8)).isEqualTo("7,80");
		assertThat(VietnameseFormat.decimal(70.25)).isEqualTo("70,25");
		assertThat(VietnameseFormat.decimal(1234.5)).isEqualTo("1.234,50");
		assertThat(VietnameseFormat.decimal(-0.001)).isEqualTo("0,00");
		assertThat(VietnameseFormat.decimal(6.255, 1)).isEqualTo("6,3");
		assertThat(VietnameseFormat.integer(12345)).isEqualTo("12.345");
	}

	@Test
	void roundsHalfUpOnTheDecimalValueNotItsBinaryApproximation() {
		assertThat(VietnameseFormat.decimal(6.125)).isEqualTo("6,13");
		assertThat(VietnameseFormat.decimal(0.005)).isEqualTo("0,01");
		assertThat(VietnameseFormat.decimal(0.015)).isEqualTo("0,02");
		assertThat(VietnameseFormat.decimal(2.675)).isEqualTo("2,68");
		assertThat(VietnameseFormat.decimal(-6.125)).isEqualTo("-6,13");
		assertThat(VietnameseFormat.rounded(6.125, 2)).isEqualByComparingTo("6.13");
		assertThat(VietnameseFormat.cell(new BigDecimal("6.125"))).isEqualTo("6,13");
		assertThat(VietnameseFormat.cell(7)).isEqualTo("7");
		assertThat(VietnameseFormat.cell(7.0)).isEqualTo("7,00");
	}

	@Test
	void englishPagesGetAPointAndCommaGroups() {
		assertThat(VietnameseFormat.decimal(1234.5, 2, Locale.ENGLISH)).isEqualTo("1,234.50");
		assertThat(VietnameseFormat.decimal(1234.5, 2, Locale.forLanguageTag("vi"))).isEqualTo("1.234,50");
	}

	@Test
	void shortDatesAreDayMonthYear() {
		assertThat(VietnameseFormat.date(LocalDate.of(2020, 6, 11))).isEqualTo("11/06/2020");
	}

	@Test
	void instantsAreShownInVietnameseTime() {
		OffsetDateTime lateEveningUtc = OffsetDateTime.of(2020, 6, 10, 20, 30, 5, 0, ZoneOffset.UTC);
		assertThat(VietnameseFormat.date(lateEveningUtc)).isEqualTo("11/06/2020");
		assertThat(VietnameseFormat.dateTime(lateEveningUtc)).isEqualTo("11/06/2020 03:30");
		assertThat(VietnameseFormat.timestamp(lateEveningUtc)).isEqualTo("11/06/2020 03:30:05");
		assertThat(VietnamTime.startOf(LocalDate.of(2020, 6, 11)).toInstant())
			.isEqualTo(OffsetDateTime.of(2020, 6, 10, 17, 0, 0, 0, ZoneOffset.UTC).toInstant());
	}

	@Test
	void dateLinePadsDaysBelowTenAndJanuaryAndFebruaryOnly() {
		assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 6, 11))).isEqualTo("ngày 11 tháng 6 năm 2020");
		assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2020");
		assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 1, 21))).isEqualTo("ngày 21 tháng 01 năm 2020");
		assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 3, 7))).isEqualTo("ngày 07 tháng 3 năm 2020");
		assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 12, 15))).isEqualTo("ngày 15 tháng 12 năm 2020");
		assertThat(VietnameseFormat.placeAndDate("Lạng Sơn", LocalDate.of(2020, 6, 11)))
			.isEqualTo("Lạng Sơn, ngày 11 tháng 6 năm 2020");
	}

	@Test
	void parsesEitherSeparatorAsDecimal() {
		assertThat(VietnameseFormat.parseDecimal("7,80")).contains(new BigDecimal("7.80"));
		assertThat(VietnameseFormat.parseDecimal(" 7.80 ")).contains(new BigDecimal("7.80"));
		assertThat(VietnameseFormat.parseDecimal("-3")).contains(new BigDecimal("-3"));
		assertThat(VietnameseFormat.parseDecimal(",5")).contains(new BigDecimal("0.5"));
		assertThat(VietnameseFormat.parseDecimal("1.234")).contains(new BigDecimal("1.234"));
	}

	@Test
	void rejectsMoreThanOneSeparatorAndNonNumbers() {
		assertThat(VietnameseFormat.parseDecimal("1.234,5")).isEmpty();
		assertThat(VietnameseFormat.parseDecimal("1.234.567")).isEmpty();
		assertThat(VietnameseFormat.parseDecimal("7,8 điểm")).isEmpty();
		assertThat(VietnameseFormat.parseDecimal("")).isEmpty();
		assertThat(VietnameseFormat.parseDecimal(null)).isEmpty();
	}

	@Test
	void readsWhatTheStatedPatternReadsAndNothingElse() {
		for (String text : List.of("+7,5", "+,5", "-,25", "007", "9.99", "1e5", "+", "-", ".", ",", "5.", "5,", "--5",
				"5-", "٣", "７", "1 000", "\t8,1\n", "NaN", "Infinity", "0x10")) {
			boolean stated = text.strip().matches("[+-]?([0-9]+([.,][0-9]+)?|[.,][0-9]+)");
			assertThat(VietnameseFormat.parseDecimal(text).isPresent()).as(text).isEqualTo(stated);
			assertThat(Double.isNaN(VietnameseFormat.parseDouble(text))).as(text).isEqualTo(!stated);
		}
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			String text = random.nextInt(1_000_000) + (random.nextBoolean() ? "," : ".") + random.nextInt(1_000_000);
			assertThat(VietnameseFormat.parseDouble(text)).as(text)
				.isEqualTo(VietnameseFormat.parseDecimal(text).orElseThrow().doubleValue());
		}
	}

}
