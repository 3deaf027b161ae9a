package vn.ddcihub.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form as the page shows it: what the person typed (wrong values included, so "abc"
 * comes back as "abc") and what is wrong with it, field by field, in the order of the
 * page. Messages stay unresolved until the page renders them in its language; every field
 * message names the field by its {@link Label}.
 */
public final class FormState {

	/**
	 * A problem on a field (linked from the error summary) or on the whole form
	 * ({@code field} null).
	 */
	public record Problem(String field, MessageSourceResolvable message) {
	}

	/** One field as a fragment renders it. */
	public record Field(String name, String id, String labelKey, Object value, MessageSourceResolvable error,
			Integer maxLength, boolean required) {

		public boolean invalid() {
			return error != null;
		}

		/** Whether a select option or checkbox with this value is chosen. */
		public boolean selected(Object option) {
			String wanted = text(option);
			if (value instanceof Collection<?> values) {
				return values.stream().anyMatch(v -> text(v).equals(wanted));
			}
			if (value instanceof String[] values) {
				return java.util.Arrays.asList(values).contains(wanted);
			}
			return value != null && text(value).equals(wanted);
		}

		private static String text(Object value) {
			return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
		}
	}

	private final Class<?> type;

	private final Map<String, Object> values;

	private final List<Problem> problems;

	private final String idPrefix;

	private final Map<String, FormFields.Meta> described;

	private FormState(Class<?> type, Map<String, Object> values, List<Problem> problems, String idPrefix,
			Map<String, FormFields.Meta> described) {
		this.type = type;
		this.values = values;
		this.problems = problems;
		this.idPrefix = idPrefix;
		this.described = described;
	}

	/** A form without values or problems (filters, sign-in). */
	public static FormState empty() {
		return new FormState(null, Map.of(), List.of(), "", Map.of());
	}

	/** A form record shown for the first time. */
	public static FormState of(Record form) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			values.put(component.getName(), read(form, component));
		}
		return new FormState(form.getClass(), values, List.of(), "", Map.of());
	}

	/**
	 * A form record after it was posted: values that could not be converted (a score
	 * "abc", a date 31/02/2020) are kept as typed; every binding and validation error
	 * becomes a field problem.
	 */
	public static FormState of(Record form, BindingResult binding) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			FieldError error = binding.getFieldError(component.getName());
			values.put(component.getName(),
					error != null && error.isBindingFailure() ? error.getRejectedValue() : read(form, component));
		}
		List<Problem> problems = new ArrayList<>();
		for (ObjectError error : binding.getGlobalErrors()) {
			problems.add(new Problem(null, error));
		}
		for (FieldError error : binding.getFieldErrors()) {
			problems.add(new Problem(FormFields.root(error.getField()), FormFields.labelled(error, form.getClass())));
		}
		return new FormState(form.getClass(), values, problems, "", Map.of());
	}

	/**
	 * A form whose fields are named by the page (e.g. one score per component), with the
	 * text typed.
	 */
	public static FormState typed(Map<String, ?> values) {
		return new FormState(null, new LinkedHashMap<>(values), List.of(), "", Map.of());
	}

	/**
	 * Adds problems found beyond the field rules (a code already used, a unit of another
	 * organisation): on the field they name when the form has it, else on the whole form.
	 */
	public FormState with(List<InputProblem> found) {
		List<Problem> all = new ArrayList<>(problems);
		for (InputProblem problem : found) {
			boolean onField = problem.file() == null && problem.row() == null && hasField(problem.column());
			// A problem in a file keeps its place (file, row, column); others read as
			// plain sentences.
			boolean inFile = problem.file() != null || problem.row() != null;
			all.add(new Problem(onField ? FormFields.root(problem.column()) : null,
					new DefaultMessageSourceResolvable(null, null, inFile ? problem.describe() : problem.message())));
		}
		return new FormState(type, values, all, idPrefix, described);
	}

	/**
	 * The same form with the maximum length (null: none) and whether {@code field} is
	 * required, for a field the page names itself (records declare theirs with
	 * {@code @Size} and {@code @NotBlank}).
	 */
	public FormState describe(String field, Integer maxLength, boolean required) {
		Map<String, FormFields.Meta> all = new LinkedHashMap<>(described);
		all.put(field, new FormFields.Meta(field, null, maxLength, required));
		return new FormState(type, values, problems, idPrefix, all);
	}

	/**
	 * The same form with element ids starting with {@code prefix}, for pages that hold
	 * the same form more than once (one per table row).
	 */
	public FormState idPrefix(String prefix) {
		return new FormState(type, values, problems, prefix, described);
	}

	/**
	 * Adds a problem on a field, its message from the bundles ({@code code} with
	 * {@code arguments}).
	 */
	public FormState reject(String field, String code, Object... arguments) {
		List<Problem> all = new ArrayList<>(problems);
		all.add(new Problem(field, new DefaultMessageSourceResolvable(new String[] { code }, arguments)));
		return new FormState(type, values, all, idPrefix, described);
	}

	public boolean hasErrors() {
		return !problems.isEmpty();
	}

	/**
	 * Problems of the whole form first, then one per field (the one shown beside it) in
	 * the order the fields appear.
	 */
	public List<Problem> problems() {
		List<String> order = new ArrayList<>(values.keySet());
		FormFields.of(type).forEach(meta -> {
			if (!order.contains(meta.name())) {
				order.add(meta.name());
			}
		});
		Set<String> shown = new HashSet<>();
		return problems.stream()
			.filter(problem -> problem.field() == null || shown.add(problem.field()))
			.sorted(Comparator.comparingInt(problem -> problem.field() == null ? -1
					: order.indexOf(problem.field()) < 0 ? order.size() : order.indexOf(problem.field())))
			.toList();
	}

	public Field field(String name) {
		FormFields.Meta meta = type == null ? described.get(name) : FormFields.field(type, name);
		MessageSourceResolvable error = problems.stream()
			.filter(p -> Objects.equals(p.field(), name))
			.findFirst()
			.map(Problem::message)
			.orElse(null);
		return new Field(name, idPrefix + id(name), FormFields.labelKey(type, name), values.get(name), error,
				meta == null ? null : meta.maxLength(), meta != null && meta.required());
	}

	/**
	 * An element id for a field name: letters, digits, dash and underscore
	 * ("indicatorName_C9.1" → "indicatorName_C9-1").
	 */
	public static String id(String name) {
		return name.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private boolean hasField(String name) {
		return name != null && (values.containsKey(FormFields.root(name)) || FormFields.field(type, name) != null);
	}

	private static Object read(Record form, RecordComponent component) {
		try {
			var accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(form);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + form.getClass(), ex);
		}
	}

}
