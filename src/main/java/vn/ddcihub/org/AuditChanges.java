package vn.ddcihub.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import vn.ddcihub.org.AuditTrail.AuditEvent;

/**
 * An audit record as a director reads it: the fields that changed, each with its label
 * and its value before and after, instead of two JSON texts. Nested fields are named by
 * their path (goals › totalScore), lists of units by their names, a results table by its
 * number of rows; internal ids and timestamps are left out.
 *
 * @param fields the changed fields (all filled fields of a created or removed record)
 * @param hidden fields changed beyond the first {@value #MOST_FIELDS}
 * @param largeBytes the stored size of a state too large to read on a page, else 0
 */
public record AuditChanges(List<FieldChange> fields, int hidden, long largeBytes) {

	/** States stored in more than this are not read on a page (only counted). */
	public static final int READABLE_STATE_BYTES = 64 * 1024;

	static final int MOST_FIELDS = 40;

	private static final Set<String> LEFT_OUT = Set.of("id", "planId", "organisationId", "createdAt", "updatedAt",
			"passwordHash");

	/** Fields whose values are codes, with the bundle prefixes that name them. */
	private static final Map<String, List<String>> TERMS = Map.of("status", List.of("plan.status."), "kind",
			List.of("plan.kind.", "org.kind."), "roles", List.of("role."), "block", List.of("index.block."), "action",
			List.of("audit.action."));

	private static final Set<String> REFERENCE_KEYS = Set.of("id", "code", "name", "displayName", "username");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One field: its path (the JSON keys, each a label key {@code audit.field.<key>}) and
	 * its values, each null, a String, a BigDecimal, a Boolean, a LocalDate, a list of
	 * names or a {@link Table}.
	 */
	public record FieldChange(List<String> path, Object before, Object after) {

		/**
		 * A coded value as a term of the bundles when it is one ("ISSUED" → "Đã ban
		 * hành", "LEADER" → "Lãnh đạo"), else as it is.
		 */
		public MessageSourceResolvable term(Object value) {
			String text = String.valueOf(value);
			String[] codes = TERMS.getOrDefault(path.get(path.size() - 1), List.of())
				.stream()
				.map(prefix -> prefix + text)
				.toArray(String[]::new);
			return new DefaultMessageSourceResolvable(codes, text);
		}

	}

	/** A table of results (an import's), shown by its number of rows. */
	public record Table(int rows) {
	}

	public static AuditChanges of(AuditEvent event) {
		return of(event.before(), event.after());
	}

	static AuditChanges of(String beforeJson, String afterJson) {
		JsonNode before = parse(beforeJson);
		JsonNode after = parse(afterJson);
		long large = Math.max(large(before), large(after));
		if (large > 0) {
			return new AuditChanges(List.of(), 0, large);
		}
		Map<List<String>, Object> was = new LinkedHashMap<>();
		Map<List<String>, Object> is = new LinkedHashMap<>();
		flatten(before, new ArrayList<>(), was);
		flatten(after, new ArrayList<>(), is);
		List<FieldChange> changes = new ArrayList<>();
		Map<List<String>, Object> paths = new LinkedHashMap<>(is);
		was.forEach(paths::putIfAbsent);
		boolean both = before != null && !before.isNull() && after != null && !after.isNull();
		for (List<String> path : paths.keySet()) {
			Object old = was.get(path);
			Object now = is.get(path);
			boolean shown = both ? !Objects.equals(old, now) : !(empty(old) && empty(now));
			if (shown) {
				changes.add(new FieldChange(path, old, now));
			}
		}
		int hidden = Math.max(0, changes.size() - MOST_FIELDS);
		return new AuditChanges(changes.subList(0, changes.size() - hidden), hidden, 0);
	}

	public boolean tooLarge() {
		return largeBytes > 0;
	}

	private static JsonNode parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return JsonNodeFactory.instance.stringNode(json);
		}
	}

	private static long large(JsonNode state) {
		return state != null && state.isObject() && state.size() == 1 && state.has("_large")
				? state.get("_large").asLong() : 0;
	}

	private static void flatten(JsonNode node, List<String> path, Map<List<String>, Object> into) {
		if (node == null || node.isNull()) {
			if (!path.isEmpty()) {
				into.put(List.copyOf(path), null);
			}
			return;
		}
		if (node.isObject() && isTable(node)) {
			into.put(List.copyOf(path), new Table(node.get("rows").size()));
			return;
		}
		if (node.isArray() && !node.isEmpty() && !isNameList(node)) {
			int i = 0;
			for (JsonNode item : node) {
				i++;
				path.add(item.isObject() && item.hasNonNull("code") ? item.get("code").asString() : "#" + i);
				flatten(item, path, into);
				path.remove(path.size() - 1);
			}
			return;
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (LEFT_OUT.contains(field.getKey())) {
					continue;
				}
				path.add(field.getKey());
				flatten(field.getValue(), path, into);
				path.remove(path.size() - 1);
			}
			return;
		}
		into.put(path.isEmpty() ? List.of("value") : List.copyOf(path), value(node));
	}

	/**
	 * Plain values, or references to units or people (id, code, name): read as a list of
	 * names. Other objects are compared field by field.
	 */
	private static boolean isNameList(JsonNode array) {
		for (JsonNode item : array) {
			if (item.isArray() || (item.isObject() && !REFERENCE_KEYS.containsAll(item.propertyNames()))) {
				return false;
			}
		}
		return true;
	}

	/** {columns: [...], rows: [[...], ...]}: how an import's results are audited. */
	private static boolean isTable(JsonNode node) {
		return node.size() == 2 && node.has("columns") && node.get("columns").isArray() && node.has("rows")
				&& node.get("rows").isArray();
	}

	private static Object value(JsonNode node) {
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach(item -> items.add(item.isObject() ? name(item) : item.asString()));
			return List.copyOf(items);
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			BigDecimal number = node.decimalValue().stripTrailingZeros();
			return number.scale() < 0 ? number.setScale(0) : number;
		}
		String text = node.asString();
		if (ISO_DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return text;
	}

	/** A unit or person in a list by its name (or code), not as JSON. */
	private static String name(JsonNode item) {
		for (String key : List.of("name", "displayName", "title", "code")) {
			if (item.hasNonNull(key)) {
				return item.get(key).asString();
			}
		}
		return item.toString();
	}

	private static boolean empty(Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty());
	}

}
