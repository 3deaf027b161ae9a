package vn.ddcihub.shared;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.FieldError;

/**
 * What a form record says about its fields, read once per record type: the label key
 * ({@link Label}), the maximum length ({@link Size}) and whether the field is required —
 * so the page, the character count and the server check come from the same annotations.
 */
public final class FormFields {

	/** One field of a form record. */
	public record Meta(String name, String labelKey, Integer maxLength, boolean required) {
	}

	private static final ClassValue<Map<String, Meta>> FIELDS = new ClassValue<>() {
		@Override
		protected Map<String, Meta> computeValue(Class<?> type) {
			Map<String, Meta> fields = new LinkedHashMap<>();
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					fields.put(component.getName(), meta(type, component));
				}
			}
			return fields;
		}
	};

	private FormFields() {
	}

	/**
	 * The fields of a form record in declaration order (the order of the page); empty for
	 * other types.
	 */
	public static List<Meta> of(Class<?> type) {
		return type == null ? List.of() : List.copyOf(FIELDS.get(type).values());
	}

	/**
	 * The field named by a binding path ("leadUnitIds[0]" → leadUnitIds); null when the
	 * record has none.
	 */
	public static Meta field(Class<?> type, String path) {
		return type == null || path == null ? null : FIELDS.get(type).get(root(path));
	}

	/**
	 * The label key of a field, or the field's own name when its record declares none.
	 */
	public static String labelKey(Class<?> type, String path) {
		Meta meta = field(type, path);
		return meta != null && meta.labelKey() != null ? meta.labelKey() : root(path);
	}

	/**
	 * A field error whose first argument is the field's label, so "{0} không được để
	 * trống" reads "Trích yếu không được để trống"; the other arguments (constraint
	 * attributes) stay as they are.
	 */
	public static MessageSourceResolvable labelled(FieldError error, Class<?> type) {
		Object[] given = error.getArguments() == null ? new Object[0] : error.getArguments();
		Object[] arguments = given.length == 0 ? new Object[1] : given.clone();
		arguments[0] = new DefaultMessageSourceResolvable(new String[] { labelKey(type, error.getField()) }, null,
				root(error.getField()));
		return new DefaultMessageSourceResolvable(error.getCodes(), arguments, error.getDefaultMessage());
	}

	static String root(String path) {
		int end = path.length();
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '[' || path.charAt(i) == '.') {
				end = i;
				break;
			}
		}
		return path.substring(0, end);
	}

	private static Meta meta(Class<?> type, RecordComponent component) {
		Label label = component.getAnnotation(Label.class);
		Field field;
		try {
			field = type.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("A record always has a field per component", ex);
		}
		Size size = field.getAnnotation(Size.class);
		boolean required = field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotNull.class)
				|| field.isAnnotationPresent(NotEmpty.class);
		return new Meta(component.getName(), label == null ? null : label.value(),
				size == null || size.max() == Integer.MAX_VALUE ? null : size.max(), required);
	}

}
