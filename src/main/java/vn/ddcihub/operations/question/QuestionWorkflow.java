package vn.ddcihub.operations.question;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.operations.common.OpsFiles.FileInfo;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * The back office of questions and petitions: the Office (COORDINATOR) assigns an item to
 * a unit with a due date, the unit's staff draft the answer and submit it, a LEADER
 * approves it (then it is public unless withheld) or returns it with a comment; the
 * Office may withhold an item from publication with a reason. Only the organisation's
 * users see its items, unit staff only their unit's; every step writes the item before
 * and after to the audit trail in the same transaction.
 */
@Service
public class QuestionWorkflow {

	/**
	 * The stages an inbox filters by: the statuses, and an answered item published or
	 * withheld.
	 */
	public static final List<String> STAGES = List.of("NEW", "ASSIGNED", "DRAFTED", "AWAITING_APPROVAL", "RETURNED",
			"PUBLISHED", "WITHHELD");

	private final QuestionRepository questions;

	private final QuestionSettings settings;

	private final OrgDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	QuestionWorkflow(QuestionRepository questions, QuestionSettings settings, OrgDirectory directory, AuditTrail audit,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.questions = questions;
		this.settings = settings;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	/** Whether the user works in the organisation's back office of questions. */
	public static boolean canRead(CurrentUser user, long organisationId) {
		return user.isAdmin() || (Objects.equals(user.organisationId(), organisationId)
				&& (user.has(Role.LEADER) || user.has(Role.COORDINATOR) || user.has(Role.UNIT_STAFF)));
	}

	public static boolean canAssign(CurrentUser user, long organisationId) {
		return user.canManage(organisationId);
	}

	public static boolean canApprove(CurrentUser user, long organisationId) {
		return user.isAdmin() || (user.has(Role.LEADER) && Objects.equals(user.organisationId(), organisationId));
	}

	public static boolean canDraft(CurrentUser user, Question question) {
		return question.unitId() != null && user.canChangeUnitWork(question.organisationId(), question.unitId());
	}

	/**
	 * Whether the user sees this item: its organisation's leaders and Office, or its
	 * unit.
	 */
	public static boolean canSee(CurrentUser user, Question question) {
		if (!canRead(user, question.organisationId())) {
			return false;
		}
		return user.seesWholeOrganisation(question.organisationId())
				|| (question.unitId() != null && Objects.equals(user.unitId(), question.unitId()));
	}

	/** The inbox filter as the page or API gives it; unit staff see only their unit. */
	public record InboxFilter(String stage, Long unitId, vn.ddcihub.operations.common.OpsField field,
			boolean overdueOnly, String query) {
	}

	@Transactional(readOnly = true)
	public List<Question> inbox(CurrentUser user, long organisationId, InboxFilter filter) {
		if (!canRead(user, organisationId)) {
			throw new AccessDeniedException("questions of another organisation");
		}
		Long unit = user.seesWholeOrganisation(organisationId) ? filter.unitId() : user.unitId();
		if (!user.seesWholeOrganisation(organisationId) && unit == null) {
			return List.of();
		}
		return questions.list(new QuestionRepository.Filter(organisationId, unit, filter.stage(), filter.field(),
				filter.overdueOnly(), filter.query()), today(), 500);
	}

	@Transactional(readOnly = true)
	public Question get(CurrentUser user, long id) {
		Question question = questions.find(id)
			.orElseThrow(() -> new NotFoundException("operations.question.notFound", id));
		if (!canSee(user, question)) {
			throw new AccessDeniedException("question " + id);
		}
		return question;
	}

	@Transactional(readOnly = true)
	public List<FileInfo> files(CurrentUser user, long id) {
		get(user, id);
		return questions.files(id);
	}

	/** The item's audit records, newest first (the caller has read the item). */
	@Transactional(readOnly = true)
	public List<AuditTrail.AuditEvent> history(Question question) {
		return audit
			.changesOf(question.organisationId(), Map.of(QuestionAuditKind.QUESTION, List.of(question.id())), 1, 50)
			.events();
	}

	@Transactional(readOnly = true)
	public LocalDate defaultDue(Question question) {
		return settings.defaultDue(question.kind(), today());
	}

	/**
	 * Assigns (or reassigns) an item to a unit of its organisation with a due date
	 * (default from the settings).
	 */
	@Transactional
	public Question assign(CurrentUser user, long id, long unitId, LocalDate due) {
		Question before = locked(id);
		if (!canAssign(user, before.organisationId())) {
			throw new AccessDeniedException("assign question " + id);
		}
		if (before.status() == QuestionStatus.ANSWERED || before.status() == QuestionStatus.AWAITING_APPROVAL) {
			throw new ConflictException("operations.question.state", before.id());
		}
		Unit unit = directory.unit(unitId)
			.filter(u -> u.organisationId() == before.organisationId() && u.active())
			.orElseThrow(() -> new BadInputException("operations.question.unit.unknown"));
		LocalDate dueOn = due == null ? settings.defaultDue(before.kind(), today()) : due;
		if (dueOn.isBefore(today())) {
			throw refused("dueOn", "operations.question.dueOn.past", VietnameseFormat.date(dueOn));
		}
		QuestionStatus status = before.status() == QuestionStatus.NEW ? QuestionStatus.ASSIGNED : before.status();
		return save(
				before, before.with(status, unit.id(), dueOn, before.answer(), before.returnComment(),
						before.withheldReason(), OffsetDateTime.now(clock), before.answeredAt(), before.rating()),
				Action.UPDATE);
	}

	/** Saves the unit's draft answer; {@code submit} also sends it for approval. */
	@Transactional
	public Question draft(CurrentUser user, long id, String answer, boolean submit) {
		Question before = locked(id);
		if (!canDraft(user, before)) {
			throw new AccessDeniedException("draft question " + id);
		}
		if (!before.status().draftable()) {
			throw new ConflictException("operations.question.state", before.id());
		}
		String text = answer == null ? "" : answer.strip();
		if (text.length() > 10000) {
			throw refused("answer", "operations.question.answer.tooLong", text.length());
		}
		if (submit && text.isEmpty()) {
			throw refused("answer", "operations.question.answer.required");
		}
		QuestionStatus status = submit ? QuestionStatus.AWAITING_APPROVAL : QuestionStatus.DRAFTED;
		return save(before,
				before.with(status, before.unitId(), before.dueOn(), text, before.returnComment(),
						before.withheldReason(), before.assignedAt(), null, null),
				submit ? Action.SUBMIT : Action.UPDATE);
	}

	/**
	 * The leader approves the answer: the item is answered and, unless withheld, public.
	 */
	@Transactional
	public Question approve(CurrentUser user, long id) {
		Question before = awaitingApproval(user, id);
		return save(before, before.with(QuestionStatus.ANSWERED, before.unitId(), before.dueOn(), before.answer(), "",
				before.withheldReason(), before.assignedAt(), OffsetDateTime.now(clock), null), Action.ACCEPT);
	}

	/** The leader returns the answer to the unit with a comment. */
	@Transactional
	public Question returnToUnit(CurrentUser user, long id, String comment) {
		Question before = awaitingApproval(user, id);
		String text = comment == null ? "" : comment.strip();
		if (text.isEmpty() || text.length() > 1000) {
			throw refused("comment", "operations.question.returnComment.required");
		}
		return save(before, before.with(QuestionStatus.RETURNED, before.unitId(), before.dueOn(), before.answer(), text,
				before.withheldReason(), before.assignedAt(), null, null), Action.RETURN);
	}

	/**
	 * The Office decides the item is not for publication (or, with a blank reason, that
	 * it is again).
	 */
	@Transactional
	public Question withhold(CurrentUser user, long id, String reason) {
		Question before = locked(id);
		if (!canAssign(user, before.organisationId())) {
			throw new AccessDeniedException("withhold question " + id);
		}
		String text = reason == null ? "" : reason.strip();
		if (text.length() > 1000) {
			throw refused("reason", "operations.question.withheldReason.tooLong");
		}
		return save(
				before, before.with(before.status(), before.unitId(), before.dueOn(), before.answer(),
						before.returnComment(), text, before.assignedAt(), before.answeredAt(), before.rating()),
				Action.UPDATE);
	}

	private BadInputException refused(String field, String key, Object... arguments) {
		return new BadInputException(List
			.of(InputProblem.field(field, messages.getMessage(key, arguments, LocaleContextHolder.getLocale()))));
	}

	private Question awaitingApproval(CurrentUser user, long id) {
		Question before = locked(id);
		if (!canApprove(user, before.organisationId())) {
			throw new AccessDeniedException("approve question " + id);
		}
		if (before.status() != QuestionStatus.AWAITING_APPROVAL) {
			throw new ConflictException("operations.question.state", before.id());
		}
		return before;
	}

	private Question locked(long id) {
		return questions.lock(id).orElseThrow(() -> new NotFoundException("operations.question.notFound", id));
	}

	private Question save(Question before, Question after, Action action) {
		questions.update(after);
		audit.record(QuestionAuditKind.QUESTION, after.id(), action, auditState(before), auditState(after),
				after.organisationId());
		return after;
	}

	/**
	 * The workflow columns, what each step changes (the sender's contact stays out of the
	 * trail).
	 */
	private static Map<String, Object> auditState(Question q) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", q.status().name());
		state.put("unitId", q.unitId());
		state.put("dueOn", q.dueOn() == null ? null : q.dueOn().toString());
		state.put("answer", q.answer());
		state.put("returnComment", q.returnComment());
		state.put("withheldReason", q.withheldReason());
		return state;
	}

}
