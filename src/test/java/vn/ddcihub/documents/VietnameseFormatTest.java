package vn.ddcihub.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    void shortDatesAreDayMonthYear() {
        assertThat(VietnameseFormat.date(LocalDate.of(2020, 6, 11))).isEqualTo("11/06/2020");
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
}
