package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import vn.ddcihub.shared.VietnameseFormat;

/**
 * What a revision changes against the version in force (so sánh bản sửa đổi với bản có
 * hiệu lực), field by field: the plan's goals and texts, each component target (matched
 * by its code) and each task (matched by its id; a retired task is removed). Both sides
 * are the JSON of {@link PlanDetail}: the snapshot kept when the version was issued and
 * the revision as it is now.
 *
 * @param fromRevision the version in force, issued on {@code fromIssuedOn}
 * @param toRevision the revision not yet issued
 */
public record PlanChanges(int fromRevision, LocalDate fromIssuedOn, int toRevision, List<ItemChange> items) {

	/** Fields of the plan compared, as JSON pointers; the last step names the label. */
	static final List<String> PLAN_FIELDS = List.of("/numberSymbol", "/title", "/goals/totalScore", "/goals/totalRank",
			"/goals/belowMedianIntoRank", "/legalBases", "/context", "/purposes", "/requirements", "/implementation",
			"/recipients");

	static final List<String> TARGET_FIELDS = List.of("/componentName", "/baselineScore", "/baselineRank",
			"/targetScore", "/targetText", "/solutions", "/leadUnits", "/coordinatingUnits", "/externalParties");

	static final List<String> TASK_FIELDS = List.of("/component", "/title", "/description", "/kind", "/dueDay",
			"/deadline", "/expectedOutput", "/kpiLinks", "/kpiCode", "/leadUnits", "/coordinatingUnits",
			"/externalParties");

	public enum Area {

		PLAN, TARGET, TASK

	}

	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/** A plan, target or task that differs, with its fields that differ. */
	public record ItemChange(Area area, String label, Kind kind, List<FieldChange> fields) {
	}

	/**
	 * One field: its name (the message key {@code plan.field.<name>}), the value in force
	 * and the revised one, as shown (empty when none).
	 */
	public record FieldChange(String field, String before, String after) {
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** Compares the snapshot of the version in force with the revision's JSON. */
	static PlanChanges between(PlanVersion inForce, JsonNode issued, int revision, JsonNode revised) {
		List<ItemChange> items = new ArrayList<>();
		List<FieldChange> planFields = fields(PLAN_FIELDS, issued.get("plan"), revised.get("plan"));
		if (!planFields.isEmpty()) {
			items.add(new ItemChange(Area.PLAN, text(revised.at("/plan/numberSymbol")), Kind.CHANGED, planFields));
		}
		compare(Area.TARGET, TARGET_FIELDS, targets(issued), targets(revised), items);
		compare(Area.TASK, TASK_FIELDS, tasks(issued), tasks(revised), items);
		return new PlanChanges(inForce.revision(), inForce.issuedOn(), revision, items);
	}

	private static void compare(Area area, List<String> fieldNames, Map<String, JsonNode> before,
			Map<String, JsonNode> after, List<ItemChange> items) {
		for (Map.Entry<String, JsonNode> entry : after.entrySet()) {
			JsonNode old = before.get(entry.getKey());
			JsonNode now = entry.getValue();
			if (old == null) {
				items.add(new ItemChange(area, label(area, now), Kind.ADDED, fields(fieldNames, null, now)));
			}
			else {
				List<FieldChange> changed = fields(fieldNames, old, now);
				if (!changed.isEmpty()) {
					items.add(new ItemChange(area, label(area, now), Kind.CHANGED, changed));
				}
			}
		}
		for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())) {
				items.add(new ItemChange(area, label(area, entry.getValue()), Kind.REMOVED,
						fields(fieldNames, entry.getValue(), null)));
			}
		}
	}

	private static List<FieldChange> fields(List<String> pointers, JsonNode before, JsonNode after) {
		List<FieldChange> changes = new ArrayList<>();
		for (String pointer : pointers) {
			String old = before == null ? "" : text(before.at(pointer));
			String now = after == null ? "" : text(after.at(pointer));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(pointer.substring(pointer.lastIndexOf('/') + 1), old, now));
			}
		}
		return changes;
	}

	private static Map<String, JsonNode> targets(JsonNode detail) {
		Map<String, JsonNode> byCode = new LinkedHashMap<>();
		detail.path("targets").forEach(entry -> {
			JsonNode target = entry.get("target");
			byCode.put(text(target.get("componentCode")), target);
		});
		return byCode;
	}

	/** Tasks by id, each with the code of the component it serves ("" for general). */
	private static Map<String, JsonNode> tasks(JsonNode detail) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		detail.path("targets").forEach(entry -> {
			String code = text(entry.at("/target/componentCode"));
			entry.path("tasks").forEach(task -> byId.put(text(task.get("id")), withComponent(task, code)));
		});
		detail.path("generalTasks").forEach(task -> byId.put(text(task.get("id")), withComponent(task, "")));
		return byId;
	}

	private static JsonNode withComponent(JsonNode task, String code) {
		return ((tools.jackson.databind.node.ObjectNode) task.deepCopy()).put("component", code);
	}

	private static String label(Area area, JsonNode node) {
		return area == Area.TARGET ? text(node.get("componentCode")) + ". " + text(node.get("componentName"))
				: text(node.get("title"));
	}

	/**
	 * A JSON value as shown: decimals with a comma, ISO dates as dd/MM/yyyy, lists one
	 * per line, units by name.
	 */
	static String text(JsonNode value) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach(item -> parts.add(item.isObject() ? text(item.get("name")) : text(item)));
			return String.join("\n", parts);
		}
		if (value.isFloatingPointNumber()) {
			return VietnameseFormat.decimal(value.asDouble());
		}
		if (value.isNumber()) {
			return value.asString();
		}
		String text = value.asString();
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return VietnameseFormat.date(LocalDate.parse(text));
		}
		return text;
	}

}
