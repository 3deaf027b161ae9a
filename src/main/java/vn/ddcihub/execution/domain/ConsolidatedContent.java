package vn.ddcihub.execution.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.ddcihub.execution.TaskStatus;

/**
 * What a consolidated report says, compiled from the accepted unit reports: one section
 * per component target in the plan's order and one for the general section (tổ chức thực
 * hiện), the units that have not reported, and for the year the total against the plan's
 * goal. Plain values only: it is kept as JSON when the report is issued.
 *
 * @param month the month of a monthly report, null for the year and upward reports
 * @param edition the year of the index edition the latest scores come from, null when no
 * edition has a result for the organisation
 * @param statusCounts tasks by status over the whole plan
 */
public record ConsolidatedContent(ConsolidatedKind kind, long planId, String planNumber, LocalDate planIssuedOn,
		String planTitle, String organisationName, int year, Integer month, Integer edition, int baselineYear,
		int targetYear, Map<TaskStatus, Integer> statusCounts, List<Section> sections, List<MissingUnit> missing,
		GoalCheck goal) {

	/**
	 * One component target (or the general section, {@code number} null): target,
	 * baseline and latest standing, tasks by status, what the units reported, overdue
	 * tasks and the figures summed per label.
	 */
	public record Section(Integer number, String componentCode, String name, String targetText, Double targetScore,
			Double baselineScore, Integer baselineRank, Double latestScore, Integer latestRank, Integer unitCount,
			Achievement achievement, Map<TaskStatus, Integer> statusCounts, List<Quote> results,
			List<Quote> difficulties, List<Quote> proposals, List<OverdueTask> overdue, List<Figure> figures) {

		public int taskCount() {
			return statusCounts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** "Phòng Quản lý đất đai: …" — a unit's words about one task. */
	public record Quote(String unit, String task, String text) {
	}

	public record OverdueTask(String task, String leadUnits, LocalDate dueOn) {
	}

	/** A figure the tasks name, summed over the accepted reports. */
	public record Figure(String label, BigDecimal value, String unitLabel) {
	}

	/**
	 * A unit expected to report whose report is not accepted.
	 *
	 * @param status its report's status, or null when it has not started one
	 */
	public record MissingUnit(String unit, String status) {
	}

	/**
	 * The total against the plan's goal (top 10, ≥ 70 điểm) in the latest edition.
	 */
	public record GoalCheck(Double goalScore, Integer goalRank, Double total, Integer rank, Integer unitCount,
			Achievement scoreAchievement, Achievement rankAchievement) {
	}

	public int taskCount() {
		return statusCounts.values().stream().mapToInt(Integer::intValue).sum();
	}

}
