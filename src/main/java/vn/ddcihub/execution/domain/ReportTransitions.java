package vn.ddcihub.execution.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.ReportTransitioned;
import vn.ddcihub.execution.domain.ReportRepository.ReportRow;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.CurrentUsers;

/**
 * What every step of a report leaves behind, in the transaction of the step: a row of its
 * timeline (who, when, what, the comment), an audit record with the state before and
 * after, and — for a change of status — the {@link ReportTransitioned} event that
 * notifications hear once the change commits.
 */
@Component
class ReportTransitions {

	private final ReportRepository reports;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ReportTransitions(ReportRepository reports, AuditTrail audit, ApplicationEventPublisher events) {
		this.reports = reports;
		this.audit = audit;
		this.events = events;
	}

	/** A change of status from {@code before} to {@code after}. */
	@Transactional(propagation = Propagation.MANDATORY)
	void changed(ReportRow before, ReportStatus after, AuditTrail.Action action, String comment) {
		String actor = CurrentUsers.actorName();
		reports.addEvent(before.id(), actor, actorDisplayName(), after.name(), comment);
		audit.record(ExecutionAuditKind.REPORT, before.id(), action,
				before.status() == null ? null : state(before.status(), before.version(), before.reviewComment()),
				state(after, before.version() + 1, comment), before.organisationId());
		events.publishEvent(new ReportTransitioned(before.id(), before.periodId(), before.organisationId(),
				before.unitId(), after, actor, comment == null ? "" : comment));
	}

	/** A report started: its first timeline row and audit record, no event. */
	@Transactional(propagation = Propagation.MANDATORY)
	void created(long reportId, long organisationId, Map<String, Object> state) {
		reports.addEvent(reportId, CurrentUsers.actorName(), actorDisplayName(), "CREATED", "");
		audit.record(ExecutionAuditKind.REPORT, reportId, AuditTrail.Action.CREATE, null, state, organisationId);
	}

	/** A leader's comment on a task: a timeline row. */
	@Transactional(propagation = Propagation.MANDATORY)
	void commented(long reportId, String comment) {
		reports.addEvent(reportId, CurrentUsers.actorName(), actorDisplayName(), "COMMENTED", comment);
	}

	static String actorDisplayName() {
		return CurrentUsers.current().map(CurrentUser::displayName).orElse("");
	}

	private static Map<String, Object> state(ReportStatus status, int version, String comment) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", status.name());
		state.put("version", version);
		state.put("reviewComment", comment == null ? "" : comment);
		return state;
	}

}
