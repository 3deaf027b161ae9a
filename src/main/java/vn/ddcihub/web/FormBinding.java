package vn.ddcihub.web;

import java.beans.PropertyEditorSupport;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.ddcihub.shared.TypedText;

/**
 * How page forms turn typed text into numbers and dates, registered once for every form:
 * "7,5" and "7.5" are both 7.5, dates are dd/MM/yyyy checked strictly so 31/02/2020 is a
 * field error, a NUL character in a text is a field error. The JSON API is read by
 * Jackson and keeps ISO dates and the decimal point.
 */
@ControllerAdvice
class FormBinding {

	private final SpringValidatorAdapter validator;

	FormBinding(jakarta.validation.Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	@InitBinder
	void typedText(WebDataBinder binder) {
		binder.addCustomFormatter(new DecimalInput(), Double.class);
		binder.addCustomFormatter(new DateInput(), LocalDate.class);
		// an editor, not a formatter: a formatter would turn "" into null (as in
		// "?error")
		binder.registerCustomEditor(String.class, new TextInput());
		// Boot's MVC validator cannot check single values: when one value of a form
		// record cannot be
		// converted ("abc" for a score), the others would go unchecked and their problems
		// show only
		// after the next submission. This one checks them, so every problem shows at
		// once.
		binder.setValidator(validator);
	}

	static final class DecimalInput implements Formatter<Double> {

		@Override
		public Double parse(String text, Locale locale) throws ParseException {
			return TypedText.decimal(text).orElseThrow(() -> new ParseException(text, 0)).doubleValue();
		}

		@Override
		public String print(Double value, Locale locale) {
			return TypedText.print(value, locale);
		}

	}

	/**
	 * Text as typed, except a NUL character: PostgreSQL cannot store it, so it is a field
	 * error here rather than a refusal by the database after the form was accepted.
	 */
	static final class TextInput extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && text.indexOf('\u0000') >= 0) {
				throw new IllegalArgumentException("a NUL character");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			return (String) getValue();
		}

	}

	static final class DateInput implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			return TypedText.date(text).orElseThrow(() -> new ParseException(text, 0));
		}

		@Override
		public String print(LocalDate value, Locale locale) {
			return TypedText.print(value, locale);
		}

	}

}
