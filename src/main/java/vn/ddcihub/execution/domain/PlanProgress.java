package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.Dashboard.ComponentRow;
import vn.ddcihub.execution.domain.Dashboard.TaskRow;
import vn.ddcihub.execution.domain.ReportingRecords.PeriodRecord;
import vn.ddcihub.plan.ComponentTarget;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.UnitRef;

/**
 * The figures the leadership dashboard and the province view share, computed the same way
 * for both: components judged by {@link ComponentHealth}, tasks counted by status, and
 * reports submitted on time per unit.
 */
final class PlanProgress {

	private PlanProgress() {
	}

	/**
	 * A unit's reporting: periods past due in which it owed a report, and on-time ones.
	 */
	record Reporting(int due, int onTime) {
	}

	/**
	 * Per unit expected to report (the one rule: {@link ExpectedReporters}), the periods
	 * due before today and those it reported on time.
	 */
	static Map<Long, Reporting> reporting(PlanOutline plan, List<PeriodRecord> periods, LocalDate today) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (PeriodRecord period : periods) {
			if (!period.dueOn().isBefore(today)) {
				continue;
			}
			for (long unit : ExpectedReporters.of(plan, period.reporterUnitId(), period.receivingUnitIds())) {
				int[] count = counts.computeIfAbsent(unit, u -> new int[2]);
				count[0]++;
				if (period.onTimeUnits().contains(unit)) {
					count[1]++;
				}
			}
		}
		Map<Long, Reporting> reporting = new LinkedHashMap<>();
		counts.forEach((unit, count) -> reporting.put(unit, new Reporting(count[0], count[1])));
		return reporting;
	}

	/** Each component with its tasks judged against the latest scores. */
	static List<ComponentRow> components(PlanOutline plan, List<TaskState> states, Map<String, Double> latestScores,
			Map<Long, Long> latestReports, LocalDate today) {
		List<ComponentRow> rows = new ArrayList<>();
		for (ComponentTarget target : plan.targets()) {
			List<TaskState> tasks = states.stream()
				.filter(s -> s.task().targetId() != null && s.task().targetId() == target.id())
				.toList();
			Double latest = latestScores.get(target.componentCode());
			rows.add(new ComponentRow(target.id(), target.componentCode(), target.componentName(),
					target.baselineScore(), target.targetScore(), latest,
					ComponentHealth.judge(target.baselineScore(), target.targetScore(), latest, tasks, today),
					tasks.stream().map(s -> row(s, target.componentName(), latestReports, today)).toList()));
		}
		return rows;
	}

	static TaskRow row(TaskState state, String component, Map<Long, Long> latestReports, LocalDate today) {
		return new TaskRow(state.task().id(), state.task().title(), component, UnitRef.names(state.task().leadUnits()),
				state.status(), state.progress(), state.reported(), state.nextDue(), state.overdue(today),
				latestReports.get(state.task().id()));
	}

	/** Tasks by status, every status present (zero when none). */
	static Map<TaskStatus, Integer> byStatus(List<TaskState> states) {
		Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			counts.put(status, 0);
		}
		states.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
		return counts;
	}

}
