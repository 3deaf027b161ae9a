package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.List;

import vn.ddcihub.execution.TaskStatus;

/**
 * How a component of the plan is doing, shown on the leadership dashboard with the rule
 * beside it:
 * <ul>
 * <li>off track (chậm): its latest score is below the baseline, or at least a third of
 * its tasks lag;</li>
 * <li>at risk (có nguy cơ): its latest score is below the target, or any task lags;</li>
 * <li>on track (đúng tiến độ): otherwise.</li>
 * </ul>
 * A task lags when it is overdue, behind schedule (chậm tiến độ) or blocked (có vướng
 * mắc). Without a latest score, only the tasks decide.
 */
public enum ComponentHealth {

	ON_TRACK, AT_RISK, OFF_TRACK;

	/**
	 * The judgement of one component.
	 *
	 * @param laggingTasks tasks overdue, behind or blocked
	 * @param belowBaseline the latest score is below the baseline
	 * @param belowTarget the latest score is below the target
	 */
	public record Judgement(ComponentHealth health, int laggingTasks, int tasks, boolean belowBaseline,
			boolean belowTarget) {
	}

	public static Judgement judge(Double baseline, Double target, Double latestScore, List<TaskState> tasks,
			LocalDate today) {
		int lagging = (int) tasks.stream().filter(task -> lags(task, today)).count();
		boolean belowBaseline = latestScore != null && baseline != null && latestScore < baseline;
		boolean belowTarget = latestScore != null && target != null && latestScore < target;
		ComponentHealth health;
		if (belowBaseline || (lagging > 0 && lagging * 3 >= tasks.size())) {
			health = OFF_TRACK;
		}
		else if (belowTarget || lagging > 0) {
			health = AT_RISK;
		}
		else {
			health = ON_TRACK;
		}
		return new Judgement(health, lagging, tasks.size(), belowBaseline, belowTarget);
	}

	/** Overdue, behind schedule or blocked. */
	public static boolean lags(TaskState task, LocalDate today) {
		return task.overdue(today) || task.status() == TaskStatus.BEHIND || task.status() == TaskStatus.BLOCKED;
	}

}
