package vn.ddcihub.shared;

import java.util.Collection;
import java.util.function.Function;

/**
 * One choice of a select or a group of checkboxes: the value posted and the text shown.
 */
public record FieldOption(String value, String text) {

	public static <T> java.util.List<FieldOption> of(Collection<T> items, Function<T, ?> value,
			Function<T, String> text) {
		return items.stream()
			.map(item -> new FieldOption(String.valueOf(value.apply(item)), text.apply(item)))
			.toList();
	}
}
