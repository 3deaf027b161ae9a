package vn.ddcihub.plan.domain;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.NotFoundException;

/**
 * Approval of a plan's revisions (trình duyệt, ban hành): the Office (COORDINATOR)
 * submits a draft, the director (LEADER) issues it with its document date and signer or
 * returns it with a comment; a returned revision is changed and submitted again. Only an
 * issued version is the plan in force. Every step is audited in the transaction that
 * takes it; who may take it is declared by the handlers ({@link PlanAccess}).
 */
@Service
public class PlanRevisions {

	private final PlanRepository plans;

	private final PlanService service;

	private final AuditTrail audit;

	private final JsonMapper json;

	PlanRevisions(PlanRepository plans, PlanService service, AuditTrail audit, JsonMapper json) {
		this.plans = plans;
		this.service = service;
		this.audit = audit;
		this.json = json;
	}

	/** The Office submits the draft or returned revision to the director. */
	@Transactional
	public void submit(long id) {
		Plan before = locked(id);
		if (!before.status().editable()) {
			throw new BadInputException("plan.review.notEditable", before.revision());
		}
		plans.setStatus(id, PlanStatus.SUBMITTED, before.revision());
		audit.record(PlanAuditKind.PLAN, id, Action.SUBMIT, step(before.status(), before.revision(), null),
				step(PlanStatus.SUBMITTED, before.revision(), null), before.organisationId());
	}

	/** The director issues the submitted revision: it becomes the plan in force. */
	@Transactional
	public void issue(long id, IssueDecision decision) {
		Plan before = locked(id);
		if (before.status() == PlanStatus.ISSUED) {
			throw new BadInputException("plan.alreadyIssued", before.revision());
		}
		if (before.status() != PlanStatus.SUBMITTED) {
			throw new BadInputException("plan.review.notSubmitted", before.revision());
		}
		issueRevision(before, decision);
	}

	/**
	 * Issues the revision as decided (empty fields take the defaults), saves its snapshot
	 * and locks it. The demo plan is issued this way with its own date and signer.
	 */
	void issueRevision(Plan before, IssueDecision decision) {
		IssueDecision issued = (decision == null ? IssueDecision.defaultsFor(before) : decision).completedFor(before);
		plans.setIssuedAs(before.id(), issued.issuedOn(), issued.signerTitle(), issued.signerName());
		plans.setStatus(before.id(), PlanStatus.ISSUED, before.revision());
		Plan after = plans.plan(before.id()).orElseThrow();
		plans.insertVersion(before.id(), after.revision(), CurrentUsers.actorName(), after,
				json.writeValueAsString(service.full(after)));
		audit.record(PlanAuditKind.PLAN, before.id(), Action.ISSUE, before, after, before.organisationId());
	}

	/** The director returns the submitted revision to the Office with a comment. */
	@Transactional
	public void returnForChanges(long id, ReturnDecision decision) {
		Plan before = locked(id);
		if (before.status() != PlanStatus.SUBMITTED) {
			throw new BadInputException("plan.review.notSubmitted", before.revision());
		}
		String comment = decision == null || decision.comment() == null ? "" : decision.comment().strip();
		if (comment.isEmpty()) {
			throw new BadInputException("plan.review.commentRequired");
		}
		if (comment.length() > 2000) {
			throw new BadInputException("plan.review.commentTooLong", 2000);
		}
		plans.setStatus(id, PlanStatus.RETURNED, before.revision(), comment);
		audit.record(PlanAuditKind.PLAN, id, Action.RETURN, step(before.status(), before.revision(), null),
				step(PlanStatus.RETURNED, before.revision(), comment), before.organisationId());
	}

	/**
	 * Opens the next revision of an issued plan on purpose (the page asks first); a plan
	 * already being revised stays as it is.
	 */
	@Transactional
	public void revise(long id) {
		service.openRevision(locked(id));
	}

	/** What the revision being prepared changes against the version in force. */
	@Transactional(readOnly = true)
	public PlanChanges changes(long id) {
		Plan plan = service.plan(id);
		RevisionState state = service.revisionState(plan);
		if (!state.pendingRevision()) {
			throw new NotFoundException("plan.notFound.revision", id);
		}
		PlanVersion inForce = state.inForce();
		String snapshot = plans.snapshot(id, inForce.revision()).orElseThrow();
		return PlanChanges.between(inForce, json.readTree(snapshot), plan.revision(),
				json.readTree(json.writeValueAsString(service.full(plan))));
	}

	private Plan locked(long id) {
		return plans.lockedPlan(id).orElseThrow(() -> new NotFoundException("plan.notFound", id));
	}

	private static Map<String, Object> step(PlanStatus status, int revision, String comment) {
		return comment == null ? Map.of("status", status, "revision", revision)
				: Map.of("status", status, "revision", revision, "comment", comment);
	}

}
