package vn.ddcihub.execution.domain;

import java.math.BigDecimal;
import java.util.List;

import vn.ddcihub.execution.TaskStatus;

/**
 * What a unit saves in its report (bản nháp): one entry per task it reports on, and the
 * version it read (optimistic lock: a save based on a replaced version is refused).
 *
 * @param version the report's version the writer read; required
 */
public record ReportDraft(Integer version, List<EntryDraft> entries) {

	public ReportDraft {
		entries = entries == null ? List.of() : List.copyOf(entries);
	}

	/**
	 * One task's report: status, progress (0–100 %), results, difficulties, proposals,
	 * the explanation required on submit for {@code BEHIND} and {@code BLOCKED}, and
	 * figures.
	 */
	public record EntryDraft(long taskId, TaskStatus status, Integer progress, String results, String difficulties,
			String proposals, String explanation, List<Figure> figures) {

		public EntryDraft {
			figures = figures == null ? List.of() : List.copyOf(figures);
		}
	}

	/**
	 * A number the task names (hồ sơ trả quá hạn: 3 hồ sơ).
	 *
	 * @param unit what is counted (hồ sơ, câu hỏi, %), may be blank
	 */
	public record Figure(String label, BigDecimal value, String unit) {
	}

}
