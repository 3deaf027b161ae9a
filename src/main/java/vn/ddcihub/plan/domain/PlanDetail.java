package vn.ddcihub.plan.domain;

import java.util.List;

import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanTask;

/**
 * A plan as read by a user: header and goals, the goals check, component targets with
 * their tasks, and the general tasks (tổ chức thực hiện). A unit's staff see only the
 * tasks their unit leads or coordinates.
 *
 * @param editable the user may change the plan now (it is a draft or returned revision of
 * their organisation)
 * @param manageable the user runs the organisation's plans (opens revisions, submits)
 * @param approvable the user is the director who issues or returns a submitted revision
 * @param approval where the revision stands and the version in force (null in snapshots)
 */
public record PlanDetail(Plan plan, String organisationName, GoalCheck checks, List<TargetWithTasks> targets,
		List<PlanTask> generalTasks, boolean editable, boolean manageable, boolean approvable, RevisionState approval) {

	public record TargetWithTasks(PlanTarget target, List<PlanTask> tasks) {
	}

	public int taskCount() {
		return generalTasks.size() + targets.stream().mapToInt(t -> t.tasks().size()).sum();
	}
}
