package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TypedTextTest {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Test
	void aDecimalCommaAndADecimalPointAreTheSameNumber() {
		assertThat(TypedText.decimal("7,5")).contains(new BigDecimal("7.5"));
		assertThat(TypedText.decimal(" 7.5 ")).contains(new BigDecimal("7.5"));
		assertThat(TypedText.decimal("1.234,5")).isEmpty();
		assertThat(TypedText.decimal("abc")).isEmpty();
	}

	@Test
	void datesAreDayMonthYearAndMustExist() {
		assertThat(TypedText.date("15/12/2020")).contains(LocalDate.of(2020, 12, 15));
		assertThat(TypedText.date("5/1/2026")).contains(LocalDate.of(2026, 1, 5));
		assertThat(TypedText.date("29/02/2020")).contains(LocalDate.of(2020, 2, 29));
		assertThat(TypedText.date("31/02/2020")).isEmpty();
		assertThat(TypedText.date("29/02/2021")).isEmpty();
		assertThat(TypedText.date("12/31/2020")).as("month first is no date").isEmpty();
		assertThat(TypedText.date("2020-12-15")).contains(LocalDate.of(2020, 12, 15));
	}

	@Test
	void valuesGoBackIntoInputsInThePageLanguage() {
		assertThat(TypedText.print(7.8, VIETNAMESE)).isEqualTo("7,80");
		assertThat(TypedText.print(7.8, Locale.ENGLISH)).isEqualTo("7.80");
		assertThat(TypedText.print(70.0, VIETNAMESE)).isEqualTo("70");
		assertThat(TypedText.print(70.25, VIETNAMESE)).isEqualTo("70,25");
		assertThat(TypedText.print(LocalDate.of(2020, 6, 11), Locale.ENGLISH)).isEqualTo("11/06/2020");
		assertThat(TypedText.print("31/02/2020", VIETNAMESE)).isEqualTo("31/02/2020");
		assertThat(TypedText.print(null, VIETNAMESE)).isEmpty();
	}

}
