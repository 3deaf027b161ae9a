package vn.ddcihub.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A page form whose fields the page names itself (one score per component, one name per
 * row): reads what was typed field by field with the same rules and messages as the form
 * records — a number with a decimal comma or point, a range from {@link ScoreRules}, a
 * maximum length — and keeps every value as typed for the form shown again.
 */
public final class TypedForm {

	private final Map<String, String> request;

	private final Map<String, Object> typed = new LinkedHashMap<>();

	private final Map<String, FormFields.Meta> described = new LinkedHashMap<>();

	private final Map<String, Object[]> problems = new LinkedHashMap<>();

	private final Map<String, String> codes = new LinkedHashMap<>();

	public TypedForm(Map<String, String> request) {
		this.request = request;
	}

	/**
	 * A form showing stored values for the first time, read with the same rules as when
	 * it is posted.
	 */
	public static TypedForm showing(Map<String, ?> stored) {
		Map<String, String> shown = new LinkedHashMap<>();
		stored.forEach((field, value) -> shown.put(field, TypedText.print(value, LocaleContextHolder.getLocale())));
		return new TypedForm(shown);
	}

	/**
	 * The text of {@code field}, stripped; a problem when required and blank, or longer
	 * than {@code maxLength}.
	 */
	public String text(String field, String label, int maxLength, boolean required) {
		String text = typed(field);
		described.put(field, new FormFields.Meta(field, null, maxLength, required));
		if (required && text.isEmpty()) {
			reject(field, "validation.required", label);
		}
		else if (text.length() > maxLength) {
			reject(field, "validation.tooLong", label, maxLength);
		}
		return text;
	}

	/**
	 * A decimal ("7,5" or "7.5") from {@code min} to {@code max} (infinite: no upper
	 * bound); null when blank or wrong (then a problem on the field).
	 */
	public Double decimal(String field, String label, double min, double max) {
		String text = typed(field);
		if (text.isEmpty()) {
			return null;
		}
		Double value = TypedText.decimal(text).map(Number::doubleValue).orElse(null);
		if (value == null) {
			reject(field, "typeMismatch.java.lang.Double", label);
		}
		else if (value < min || value > max) {
			if (Double.isInfinite(max)) {
				reject(field, min == 0 ? "validation.notNegative" : "validation.atLeast", label, min);
			}
			else {
				reject(field, "validation.between", label, max, min);
			}
			return null;
		}
		return value;
	}

	/**
	 * Like {@link #decimal(String, String, double, double)}, and a problem when blank.
	 */
	public Double requiredDecimal(String field, String label, double min, double max) {
		described.put(field, new FormFields.Meta(field, null, null, true));
		Double value = decimal(field, label, min, max);
		if (value == null && !hasProblem(field)) {
			reject(field, "validation.required", label);
		}
		return value;
	}

	/** A whole number; null when blank or wrong (then a problem on the field). */
	public Integer whole(String field, String label) {
		String text = typed(field);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			reject(field, "typeMismatch.java.lang.Integer", label);
			return null;
		}
	}

	/** The choice made in {@code field} (a select), as typed. */
	public String choice(String field) {
		return typed(field);
	}

	/**
	 * A problem on {@code field}, its message from the bundles with the field's label
	 * first.
	 */
	public void reject(String field, String code, Object... arguments) {
		if (!problems.containsKey(field)) {
			codes.put(field, code);
			problems.put(field, arguments);
		}
	}

	public boolean hasProblem(String field) {
		return problems.containsKey(field);
	}

	public boolean hasErrors() {
		return !problems.isEmpty();
	}

	/** What was typed and what is wrong with it, for the page. */
	public FormState state() {
		FormState state = shown();
		for (Map.Entry<String, Object[]> problem : problems.entrySet()) {
			state = state.reject(problem.getKey(), codes.get(problem.getKey()), problem.getValue());
		}
		return state;
	}

	/**
	 * The form as first shown: its values and fields, without problems (a stored value
	 * may lack what a new one needs).
	 */
	public FormState shown() {
		FormState state = FormState.typed(typed);
		for (FormFields.Meta meta : described.values()) {
			state = state.describe(meta.name(), meta.maxLength(), meta.required());
		}
		return state;
	}

	private String typed(String field) {
		String text = request.getOrDefault(field, "");
		typed.put(field, text);
		return text == null ? "" : text.strip();
	}

}
