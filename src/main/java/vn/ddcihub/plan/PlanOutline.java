package vn.ddcihub.plan;

import java.util.List;
import java.util.Objects;

/**
 * A whole plan as execution, dashboards and reports read it: header and goals, component
 * targets in their order and every active task (with its units' names). Tasks whose
 * {@code targetId} is null belong to the general section (tổ chức thực hiện).
 */
public record PlanOutline(Plan plan, String organisationName, List<ComponentTarget> targets, List<PlanTask> tasks) {

	/** The tasks under a component target, in the plan's order. */
	public List<PlanTask> tasksOf(ComponentTarget target) {
		return tasks.stream().filter(t -> Objects.equals(t.targetId(), target.id())).toList();
	}

	/** The target a task is under; null for the general section. */
	public ComponentTarget targetOf(PlanTask task) {
		return targets.stream().filter(t -> Objects.equals(t.id(), task.targetId())).findFirst().orElse(null);
	}

}
