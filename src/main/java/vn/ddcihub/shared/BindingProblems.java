package vn.ddcihub.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Fields that could not be bound or validated, as problems a script or person can act on:
 * messages come from the bundles in the user's language and name the field by its label
 * (a date typed wrongly gets "Ngày ban hành phải là một ngày có thật…", never the
 * framework's conversion text), with the value that was rejected when it could not be
 * converted.
 */
public final class BindingProblems {

	private BindingProblems() {
	}

	public static List<InputProblem> of(BindingResult binding, MessageSource messages) {
		return of(binding, binding.getTarget() == null ? null : binding.getTarget().getClass(), messages);
	}

	/**
	 * The same, for a binding of {@code type} whose object could not be built (a value
	 * failed to convert).
	 */
	public static List<InputProblem> of(BindingResult binding, Class<?> type, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		List<InputProblem> problems = new ArrayList<>();
		for (ObjectError error : binding.getGlobalErrors()) {
			problems.add(new InputProblem(null, null, null, messages.getMessage(error, locale)));
		}
		for (FieldError error : binding.getFieldErrors()) {
			problems.add(InputProblem.field(error.getField(), message(error, type, messages, locale)));
		}
		return problems;
	}

	private static String message(FieldError error, Class<?> type, MessageSource messages, Locale locale) {
		String text = messages.getMessage(FormFields.labelled(error, type), locale);
		return error.isBindingFailure() && error.getRejectedValue() != null
				&& !error.getRejectedValue().toString().isBlank() ? text + " ('" + error.getRejectedValue() + "')"
						: text;
	}

}
