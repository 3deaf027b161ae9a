package vn.ddcihub.plan.domain;

import java.util.List;

import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanTask;

/**
 * A plan as read by a user: header and goals, the goals check, component targets with
 * their tasks, and the general tasks (tổ chức thực hiện). A unit's staff see only the
 * tasks their unit leads or coordinates.
 */
public record PlanDetail(Plan plan, String organisationName, GoalCheck checks, List<TargetWithTasks> targets,
		List<PlanTask> generalTasks, boolean editable) {

	public record TargetWithTasks(PlanTarget target, List<PlanTask> tasks) {
	}

	public int taskCount() {
		return generalTasks.size() + targets.stream().mapToInt(t -> t.tasks().size()).sum();
	}
}
