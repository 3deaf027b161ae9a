package vn.ddcihub.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import vn.ddcihub.shared.VietnameseFormat;

/**
 * Numbers and dates as people type them into pages, whatever their browser's language: a
 * decimal with a comma or a point ("7,5" and "7.5" are both 7.5), a date as dd/MM/yyyy
 * checked strictly (31/02/2020 is no date). The binding of page forms and the values
 * shown back in them both go through here.
 */
public final class TypedText {

	private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private TypedText() {
	}

	/**
	 * "7,5" or "7.5"; empty when blank or not one number (see
	 * {@link VietnameseFormat#parseDecimal}).
	 */
	public static Optional<BigDecimal> decimal(String text) {
		return VietnameseFormat.parseDecimal(text);
	}

	/**
	 * "15/12/2020" (day and month may have one digit), or the ISO form "2020-12-15" that
	 * scripts and older links send; empty when blank or not a real date.
	 */
	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip();
		try {
			return Optional.of(value.contains("/") ? LocalDate.parse(value, TYPED_DATE) : LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A value as it goes back into an input: dates dd/MM/yyyy, decimals with the page
	 * language's separator (7,80 in Vietnamese, 7.80 in English; 70 stays 70), text as
	 * typed.
	 */
	public static String print(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof LocalDate date) {
			return SHOWN_DATE.format(date);
		}
		if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
			return "";
		}
		if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
			BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
			// Scores are written with two decimals (7,80); whole numbers stay whole (70).
			String plain = (number.scale() == 1 ? number.setScale(2) : number).toPlainString();
			return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof String[] typed) {
			return typed.length == 0 ? "" : typed[0];
		}
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? "" : print(values.iterator().next(), locale);
		}
		return value.toString();
	}

}
