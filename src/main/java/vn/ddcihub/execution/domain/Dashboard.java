package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.ComponentHealth.Judgement;

/**
 * The leadership dashboard (bảng điều hành) of one plan: the goal and the current gap,
 * each component's health with its tasks, the units' work and reporting, the overdue
 * tasks, and what changed since the period before.
 */
public record Dashboard(PlanHeading plan, List<PlanChoice> otherPlans, Goal goal, List<ComponentRow> components,
		List<TaskRow> generalTasks, List<UnitRow> units, List<TaskRow> overdue, Changes changes, LocalDate today) {

	public record PlanHeading(long id, long organisationId, String organisationName, String numberSymbol, String title,
			int year) {
	}

	public record PlanChoice(long id, String numberSymbol, int year) {
	}

	/**
	 * The plan's goal (e.g. top 10, ≥ 70 điểm) against the latest edition.
	 *
	 * @param scoreGap points still missing to the goal score, 0 when reached, null when
	 * unknown
	 * @param rankGap places still to climb to the goal rank, 0 when reached, null when
	 * unknown
	 */
	public record Goal(Integer goalRank, Double goalScore, Integer latestYear, Double latestTotal, Integer latestRank,
			Integer unitCount, Double scoreGap, Integer rankGap, boolean illustrative) {
	}

	public record ComponentRow(long targetId, String code, String name, Double baseline, Double target,
			Double latestScore, Judgement judgement, List<TaskRow> tasks) {
	}

	/**
	 * A task as the dashboard lists it.
	 *
	 * @param latestReportId the unit report its status comes from, null before any
	 */
	public record TaskRow(long taskId, String title, String component, String leadUnits, TaskStatus status,
			int progress, boolean reported, LocalDate nextDue, boolean overdue, Long latestReportId) {
	}

	/**
	 * A unit's tasks (those it leads) by status, and its reporting.
	 *
	 * @param periodsDue periods past their due date in which the unit owed a report
	 * @param onTime of those, reports submitted on or before the due date
	 */
	public record UnitRow(long unitId, String name, Map<TaskStatus, Integer> tasksByStatus, int tasks, int overdueTasks,
			int periodsDue, int onTime) {

		/** Whole percent of periods reported on time; null when none was due. */
		public Integer onTimePercent() {
			return percent(onTime, periodsDue);
		}
	}

	/**
	 * Between the last period due and the one before: tasks whose reported status changed
	 * and the last period's accepted reports.
	 */
	public record Changes(PeriodRef latest, PeriodRef previous, List<StatusChange> statusChanges,
			List<AcceptedReport> accepted) {
	}

	public record PeriodRef(long id, int year, int number, LocalDate dueOn) {
	}

	/**
	 * @param before null when the task was not reported on in the previous period
	 */
	public record StatusChange(long taskId, String title, TaskStatus before, TaskStatus after, Long reportId) {
	}

	public record AcceptedReport(long reportId, long unitId, String unitName) {
	}

	static Integer percent(int part, int whole) {
		return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
	}

}
