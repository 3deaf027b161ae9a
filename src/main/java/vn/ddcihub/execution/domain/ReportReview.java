package vn.ddcihub.execution.domain;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.ReportRepository.ReportRow;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.InputProblem;

/**
 * The Office's review of a submitted report — accepted (tiếp nhận, then locked for
 * everybody) or returned with a comment (trả lại: a draft again, the comment shown where
 * the unit works) — and the leader's comments on its tasks (ý kiến chỉ đạo).
 */
@Service
public class ReportReview {

	static final int COMMENT_MAX = 4000;

	private final ReportLocks locks;

	private final ReportRepository reports;

	private final ReportTransitions transitions;

	private final AuditTrail audit;

	private final MessageSource messages;

	ReportReview(ReportLocks locks, ReportRepository reports, ReportTransitions transitions, AuditTrail audit,
			MessageSource messages) {
		this.locks = locks;
		this.reports = reports;
		this.transitions = transitions;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Returns a submitted report to its unit; the comment is required.
	 * @param version the version the reviewer read; null to skip the check
	 */
	@Transactional
	public void returnToUnit(long reportId, String comment, Integer version) {
		String text = comment(comment, true);
		review(reportId, version, ReportStatus.RETURNED, AuditTrail.Action.RETURN, text);
	}

	/** Accepts a submitted report; it is locked from then on. The comment is optional. */
	@Transactional
	public void accept(long reportId, String comment, Integer version) {
		String text = comment(comment, false);
		review(reportId, version, ReportStatus.ACCEPTED, AuditTrail.Action.ACCEPT, text);
	}

	/**
	 * A leader's comment on one of the report's tasks, in the report's period; allowed
	 * whatever the report's status, as it changes nothing the unit wrote.
	 * @return the comment's id
	 */
	@Transactional
	public long comment(long reportId, long taskId, String body) {
		ReportRow report = locks.locked(reportId);
		String text = comment(body, true);
		if (reports.entries(reportId).stream().noneMatch(e -> e.taskId() == taskId)) {
			throw new BadInputException(
					List.of(InputProblem.field("taskId", text("execution.report.rule.taskNotInReport", taskId))));
		}
		long id = reports.addComment(report.organisationId(), taskId, report.periodId(), CurrentUsers.actorName(),
				ReportTransitions.actorDisplayName(), text);
		transitions.commented(reportId, text);
		audit.record(ExecutionAuditKind.TASK_COMMENT, id, AuditTrail.Action.CREATE, null,
				java.util.Map.of("reportId", reportId, "taskId", taskId, "body", text), report.organisationId());
		return id;
	}

	private void review(long reportId, Integer version, ReportStatus decision, AuditTrail.Action action,
			String comment) {
		ReportRow report = locks.locked(reportId);
		if (version != null && version != report.version()) {
			throw new ConflictException("execution.report.stale", version, report.version());
		}
		if (report.status() != ReportStatus.SUBMITTED) {
			throw new ConflictException(report.status() == ReportStatus.ACCEPTED ? "execution.report.locked.accepted"
					: "execution.report.review.notSubmitted");
		}
		reports.reviewed(reportId, decision, CurrentUsers.actorName(), comment);
		transitions.changed(report, decision, action, comment);
	}

	private String comment(String comment, boolean required) {
		String text = comment == null ? "" : comment.strip();
		if (required && text.isEmpty()) {
			throw new BadInputException(
					List.of(InputProblem.field("comment", text("execution.report.rule.commentRequired"))));
		}
		if (text.length() > COMMENT_MAX) {
			throw new BadInputException(
					List.of(InputProblem.field("comment", text("execution.report.rule.commentTooLong", COMMENT_MAX))));
		}
		return text;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
