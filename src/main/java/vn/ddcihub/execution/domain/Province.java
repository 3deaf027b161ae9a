package vn.ddcihub.execution.domain;

import java.util.List;
import java.util.Map;

import vn.ddcihub.execution.TaskStatus;

/**
 * The province view (toàn tỉnh): every organisation's plans in force side by side, with
 * figures only — never a report's text.
 */
public record Province(List<Row> rows, Sort sort) {

	/** How the rows are ordered; the worst first for every figure. */
	public enum Sort {

		/** Most components off track or at risk first. */
		RISK,
		/** Lowest share of reports on time first. */
		ON_TIME,
		/** Most overdue tasks first. */
		OVERDUE,
		/** Lowest share of tasks done first. */
		DONE,
		/** By organisation name. */
		ORGANISATION

	}

	/**
	 * One plan of one organisation.
	 *
	 * @param reportsDue reports owed in periods past their due date
	 * @param reportsOnTime of those, submitted on or before the due date
	 */
	public record Row(long organisationId, String organisationName, long planId, String planNumber, String planTitle,
			int year, int components, int componentsOffTrack, int componentsAtRisk,
			Map<TaskStatus, Integer> tasksByStatus, int tasks, int overdueTasks, int reportsDue, int reportsOnTime) {

		public Integer onTimePercent() {
			return Dashboard.percent(reportsOnTime, reportsDue);
		}

		public Integer donePercent() {
			return Dashboard.percent(tasksByStatus.getOrDefault(TaskStatus.DONE, 0), tasks);
		}

	}

}
