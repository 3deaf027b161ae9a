package vn.ddcihub.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The one number and date formatter of pages, documents (DOCX, PDF, XLSX) and exports, so
 * a figure reads the same wherever it appears.
 *
 * <ul>
 * <li>Rounding is half-up on the decimal value, as Vietnamese administrative practice
 * rounds: the double's shortest decimal form ({@link BigDecimal#valueOf(double)}) is
 * rounded, never its binary approximation, so 6.125 → 6,13 and 0.015 → 0,02 (binary
 * floating point with the JDK's default half-even would give 6,12 and 0,01).</li>
 * <li>Vietnamese: decimal comma, dots group thousands ({@code 7,80}, {@code 1.234,50});
 * English pages: {@code 7.80}, {@code 1,234.50}. A minus sign is "-"; a value rounding to
 * zero has none.</li>
 * <li>Scores and totals have {@value #DECIMALS} decimals; whole-number types (ranks,
 * counts) none.</li>
 * <li>Dates are {@code dd/MM/yyyy}, times {@code HH:mm}, in
 * {@link VietnamTime#ZONE}.</li>
 * <li>The date line of an administrative document follows Decree 30/2020/NĐ-CP: a day
 * below 10 and the months 1 and 2 get a leading zero ({@code ngày 05 tháng 02 năm 2020},
 * {@code ngày 11 tháng 6 năm 2020}).</li>
 * <li>Parsing accepts a decimal written with either a comma or a dot ({@code 7,80} or
 * {@code 7.80}). At most one separator is allowed and it is always the decimal separator,
 * so {@code 1.234} means 1.234 and {@code 1.234,5} is rejected as ambiguous.</li>
 * </ul>
 */
public final class VietnameseFormat {

	/** Decimals of every score and total shown: "7,80". */
	public static final int DECIMALS = 2;

	/** The language of documents and exports, and the default of pages. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private VietnameseFormat() {
	}

	/**
	 * The value rounded half-up to {@code fractionDigits} decimals: the number every
	 * format shows.
	 */
	public static BigDecimal rounded(Number value, int fractionDigits) {
		return exact(value).setScale(fractionDigits, RoundingMode.HALF_UP);
	}

	/** Whole-number types (ranks, counts, years) are shown without decimals. */
	public static boolean isWhole(Number value) {
		return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger || value instanceof BigDecimal decimal && decimal.scale() <= 0;
	}

	/**
	 * Decimals shown for a value: none for whole-number types, else {@value #DECIMALS}.
	 */
	public static int fractionDigits(Number value) {
		return isWhole(value) ? 0 : DECIMALS;
	}

	/** A score or total: 7.8 → "7,80", 1234.5 → "1.234,50", 6.125 → "6,13". */
	public static String decimal(double value) {
		return decimal(value, DECIMALS);
	}

	/**
	 * A number with the given count of decimals, a decimal comma and dot-grouped
	 * thousands.
	 */
	public static String decimal(double value, int fractionDigits) {
		return decimal(value, fractionDigits, VIETNAMESE);
	}

	/**
	 * A number in the page's language: English gets a decimal point and comma-grouped
	 * thousands, every other language the Vietnamese form.
	 */
	public static String decimal(Number value, int fractionDigits, Locale locale) {
		return format(fractionDigits, "en".equals(locale.getLanguage())).format(rounded(value, fractionDigits));
	}

	private static final int MAX_KEPT_DIGITS = 6;

	/**
	 * Formats built once per thread (a page shows hundreds of numbers; a DecimalFormat is
	 * costly to build and may not be shared between threads).
	 */
	private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal
		.withInitial(() -> new DecimalFormat[2 * (MAX_KEPT_DIGITS + 1)]);

	private static DecimalFormat format(int fractionDigits, boolean english) {
		if (fractionDigits > MAX_KEPT_DIGITS) {
			return newFormat(fractionDigits, english);
		}
		DecimalFormat[] kept = FORMATS.get();
		int slot = fractionDigits * 2 + (english ? 1 : 0);
		if (kept[slot] == null) {
			kept[slot] = newFormat(fractionDigits, english);
		}
		return kept[slot];
	}

	private static DecimalFormat newFormat(int fractionDigits, boolean english) {
		DecimalFormat format = new DecimalFormat(pattern(fractionDigits), symbols(english));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** A whole number with dot-grouped thousands: 12345 → "12.345". */
	public static String integer(long value) {
		return decimal(value, 0, VIETNAMESE);
	}

	/**
	 * A table cell as text: whole numbers grouped, other numbers with two decimals, dates
	 * dd/MM/yyyy.
	 */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return decimal(number, fractionDigits(number), VIETNAMESE);
		}
		if (value instanceof LocalDate date) {
			return date(date);
		}
		return value.toString();
	}

	/**
	 * The spreadsheet number format showing {@code fractionDigits} decimals
	 * ({@code #,##0.00}); the spreadsheet shows it with the reader's separators.
	 */
	public static String spreadsheetPattern(int fractionDigits) {
		return pattern(fractionDigits);
	}

	/** The spreadsheet date format matching {@link #date(LocalDate)}. */
	public static String spreadsheetDatePattern() {
		return "dd/mm/yyyy";
	}

	/** A date as dd/MM/yyyy: "11/06/2020". */
	public static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** The Vietnamese date of an instant: "11/06/2020". */
	public static String date(OffsetDateTime time) {
		return DATE.format(VietnamTime.inVietnam(time));
	}

	/** Date and minute in Vietnam: "11/06/2020 14:05". */
	public static String dateTime(OffsetDateTime time) {
		return DATE_TIME.format(VietnamTime.inVietnam(time));
	}

	/**
	 * Date and second in Vietnam, for records where the order within a minute matters:
	 * "11/06/2020 14:05:09".
	 */
	public static String timestamp(OffsetDateTime time) {
		return TIMESTAMP.format(VietnamTime.inVietnam(time));
	}

	/**
	 * The Decree 30 date phrase: "ngày 11 tháng 6 năm 2020", "ngày 05 tháng 02 năm 2020".
	 */
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
		String normalised = normalisedDecimal(text);
		return normalised == null ? Optional.empty() : Optional.of(new BigDecimal(normalised));
	}

	/**
	 * As {@link #parseDecimal}, as the nearest double (the same value), NaN when the text
	 * is not a number: an import reads a million cells, and this one builds no
	 * BigDecimal.
	 */
	public static double parseDouble(String text) {
		String normalised = normalisedDecimal(text);
		return normalised == null ? Double.NaN : Double.parseDouble(normalised);
	}

	/**
	 * The text without the spaces around it, a leading plus sign or a decimal comma; null
	 * unless it is {@code [+-]?(digits([.,]digits)?|[.,]digits)} (read by hand: a regular
	 * expression per cell was the largest cost of an import).
	 */
	private static String normalisedDecimal(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		int length = trimmed.length();
		int at = length > 0 && (trimmed.charAt(0) == '+' || trimmed.charAt(0) == '-') ? 1 : 0;
		int integerDigits = digits(trimmed, at);
		at += integerDigits;
		int separator = -1;
		if (at < length && (trimmed.charAt(at) == ',' || trimmed.charAt(at) == '.')) {
			separator = at;
			int fractionDigits = digits(trimmed, at + 1);
			if (fractionDigits == 0) {
				return null;
			}
			at += 1 + fractionDigits;
		}
		if (at != length || (integerDigits == 0 && separator < 0)) {
			return null;
		}
		String unsigned = trimmed.charAt(0) == '+' ? trimmed.substring(1) : trimmed;
		return separator >= 0 && trimmed.charAt(separator) == ',' ? unsigned.replace(',', '.') : unsigned;
	}

	/** How many ASCII digits follow from {@code from}. */
	private static int digits(String text, int from) {
		int at = from;
		while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
			at++;
		}
		return at - from;
	}

	private static BigDecimal exact(Number value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (isWhole(value)) {
			return BigDecimal.valueOf(value.longValue());
		}
		double number = value.doubleValue();
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			throw new IllegalArgumentException("not a finite number: " + number);
		}
		return BigDecimal.valueOf(number);
	}

	private static String pattern(int fractionDigits) {
		return fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits);
	}

	private static DecimalFormatSymbols symbols(boolean english) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setDecimalSeparator(english ? '.' : ',');
		symbols.setGroupingSeparator(english ? ',' : '.');
		symbols.setMinusSign('-');
		return symbols;
	}

}
