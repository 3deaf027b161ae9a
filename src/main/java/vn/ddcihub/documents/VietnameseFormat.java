package vn.ddcihub.documents;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese number and date conventions used in every document.
 *
 * <ul>
 *   <li>Decimals use a comma and dots group thousands: {@code 7,80}, {@code 1.234,50}.</li>
 *   <li>Short dates are {@code dd/MM/yyyy}.</li>
 *   <li>The date line of an administrative document follows Decree 30/2020/NĐ-CP: a day below 10
 *       and the months 1 and 2 get a leading zero ({@code ngày 05 tháng 02 năm 2020},
 *       {@code ngày 11 tháng 6 năm 2020}).</li>
 *   <li>Parsing accepts a decimal written with either a comma or a dot ({@code 7,80} or
 *       {@code 7.80}). At most one separator is allowed and it is always the decimal separator,
 *       so {@code 1.234} means 1.234 and {@code 1.234,5} is rejected as ambiguous.</li>
 * </ul>
 */
public final class VietnameseFormat {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)");

    private VietnameseFormat() {
    }

    /** A number with two decimals and a decimal comma: 7.8 → "7,80", 1234.5 → "1.234,50". */
    public static String decimal(double value) {
        return decimal(value, 2);
    }

    /** A number with the given count of decimals, a decimal comma and dot-grouped thousands. */
    public static String decimal(double value, int fractionDigits) {
        DecimalFormat format = new DecimalFormat(fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits),
                symbols());
        String text = format.format(value);
        return text.matches("-0(,0+)?") ? text.substring(1) : text;
    }

    /** A whole number with dot-grouped thousands: 12345 → "12.345". */
    public static String integer(long value) {
        return new DecimalFormat("#,##0", symbols()).format(value);
    }

    /** A cell value as text: integers grouped, other numbers with two decimals, dates dd/MM/yyyy. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof java.math.BigInteger) {
            return integer(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return decimal(number.doubleValue());
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        return value.toString();
    }

    /** A date as dd/MM/yyyy: "11/06/2020". */
    public static String date(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** The Decree 30 date phrase: "ngày 11 tháng 6 năm 2020", "ngày 05 tháng 02 năm 2020". */
    public static String longDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dayText = day < 10 ? "0" + day : Integer.toString(day);
        String monthText = month < 3 ? "0" + month : Integer.toString(month);
        return "ngày " + dayText + " tháng " + monthText + " năm " + date.getYear();
    }

    /** The place-and-date line of a document: "Lạng Sơn, ngày 11 tháng 6 năm 2020". */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    /**
     * Parses "7,80", "7.80", "-3", ",5"; empty when the text is blank, has more than one
     * separator (e.g. "1.234,5" or "1.234.567") or is not a number.
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String normalised = trimmed.replace(',', '.');
        if (normalised.startsWith("+")) {
            normalised = normalised.substring(1);
        }
        return Optional.of(new BigDecimal(normalised));
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return symbols;
    }
}
