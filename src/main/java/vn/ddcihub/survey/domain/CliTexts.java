package vn.ddcihub.survey.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.ddcihub.shared.VietnameseFormat;

/**
 * The command line's texts from the {@code i18n/survey-demo} bundle, read without Spring
 * (the command runs before any context): Vietnamese unless English is asked for.
 */
final class CliTexts {

	private final ResourceBundle bundle;

	private final Locale locale;

	CliTexts(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("i18n/survey-demo", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	static CliTexts of(String language) {
		return new CliTexts("en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.ROOT);
	}

	/** A whole number as the reader writes it: 2.890 in Vietnamese, 2,890 in English. */
	String number(long value) {
		return locale.equals(Locale.ENGLISH) ? String.format(Locale.ENGLISH, "%,d", value)
				: VietnameseFormat.integer(value);
	}

	String get(String key, Object... arguments) {
		String text = bundle.getString(key);
		return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
	}

}
