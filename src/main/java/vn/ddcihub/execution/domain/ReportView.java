package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.TaskStatus;

/**
 * A unit report as its page and the API show it: the period and unit, where it stands
 * (status, due date, overdue, the reviewer's comment), its tasks grouped by component
 * target, each with the unit's entry, evidence, the coordinating units' contributions and
 * the leaders' comments, and the timeline.
 *
 * @param editable whether the report's state still allows changes (draft or returned, in
 * an open period); who may change it is the access rule's answer
 * @param overdue not yet submitted and the due date has passed (in Vietnam)
 */
public record ReportView(long id, long version, ReportStatus status, long periodId, Frequency frequency, int periodYear,
		int periodNumber, LocalDate dueOn, boolean periodClosed, boolean overdue, boolean editable, long organisationId,
		long unitId, String unitName, long planId, String planNumber, OffsetDateTime submittedAt, String submittedBy,
		OffsetDateTime reviewedAt, String reviewedBy, String reviewComment, boolean illustrative,
		List<Section> sections, List<Attachment> generalAttachments, List<TimelineEntry> timeline) {

	/**
	 * The full name of who last returned or accepted the report, else their user name.
	 */
	public String reviewerName() {
		for (int i = timeline.size() - 1; i >= 0; i--) {
			TimelineEntry step = timeline.get(i);
			if ((step.action().equals("RETURNED") || step.action().equals("ACCEPTED")) && !step.actorName().isBlank()) {
				return step.actorName();
			}
		}
		return reviewedBy;
	}

	/** All entries, in the page's order. */
	public List<Entry> entries() {
		return sections.stream().flatMap(s -> s.entries().stream()).toList();
	}

	/**
	 * The tasks under one component target (code, name and the target's words); a null
	 * code for the general section (tổ chức thực hiện).
	 */
	public record Section(String componentCode, String componentName, String targetText, List<Entry> entries) {
	}

	/**
	 * The unit's entry on one task.
	 *
	 * @param role LEAD (chủ trì) or COORDINATING (phối hợp)
	 * @param suggestedFigures figure labels the task's KPI suggests
	 */
	public record Entry(long taskId, String taskTitle, String expectedOutput, String role, TaskStatus status,
			int progress, String results, String difficulties, String proposals, String explanation,
			List<ReportDraft.Figure> figures, List<String> suggestedFigures, List<Attachment> attachments,
			List<Contribution> contributions, List<TaskComment> comments) {
	}

	/**
	 * A coordinating unit's contribution to the same task in the same period (read-only).
	 */
	public record Contribution(long unitId, String unitName, ReportStatus reportStatus, TaskStatus status, int progress,
			String results, String difficulties, String proposals, String explanation,
			List<ReportDraft.Figure> figures) {
	}

	/** An evidence file (minh chứng) attached to the report, for a task or the whole. */
	public record Attachment(long id, Long taskId, String fileName, String mediaType, long sizeBytes, String uploadedBy,
			OffsetDateTime uploadedAt) {
	}

	/** A leader's comment (ý kiến chỉ đạo) on a task. */
	public record TaskComment(long id, String authorName, String body, OffsetDateTime createdAt, Long periodId) {
	}

	/** One step of the report's history: who, when, what, and the comment given. */
	public record TimelineEntry(OffsetDateTime occurredAt, String actor, String actorName, String action,
			String comment) {
	}

}
