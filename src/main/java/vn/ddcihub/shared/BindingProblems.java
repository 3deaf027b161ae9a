package vn.ddcihub.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Form fields that could not be bound or validated, as problems a person can act on: messages come
 * from the bundles in the user's language (a date or number typed wrongly gets "Ngày không hợp lệ…",
 * never the framework's conversion text), with the value that was rejected.
 */
public final class BindingProblems {

	private BindingProblems() {
	}

	public static List<InputProblem> of(BindingResult binding, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		return binding.getFieldErrors().stream().map(error -> InputProblem.field(error.getField(), message(error, messages, locale)))
			.toList();
	}

	private static String message(FieldError error, MessageSource messages, Locale locale) {
		String text = messages.getMessage(error, locale);
		return error.isBindingFailure() && error.getRejectedValue() != null && !error.getRejectedValue().toString().isBlank()
				? text + " ('" + error.getRejectedValue() + "')" : text;
	}
}
