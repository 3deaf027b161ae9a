package vn.ddcihub.operations.question;

import java.util.function.BiPredicate;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may act on a question, called by the handlers' {@code @PreAuthorize} as
 * {@code @questionAccess} before the request body is read. An item the user may not see
 * (another organisation, another unit) is not found rather than forbidden.
 */
@Component
public class QuestionAccess {

	private final QuestionRepository questions;

	QuestionAccess(QuestionRepository questions) {
		this.questions = questions;
	}

	public boolean canSee(CurrentUser user, long id) {
		return visible(user, id) != null;
	}

	public boolean canAssign(CurrentUser user, long id) {
		return check(user, id, (u, q) -> QuestionWorkflow.canAssign(u, q.organisationId()));
	}

	public boolean canDraft(CurrentUser user, long id) {
		return check(user, id, QuestionWorkflow::canDraft);
	}

	public boolean canApprove(CurrentUser user, long id) {
		return check(user, id, (u, q) -> QuestionWorkflow.canApprove(u, q.organisationId()));
	}

	private boolean check(CurrentUser user, long id, BiPredicate<CurrentUser, Question> rule) {
		return rule.test(user, visible(user, id));
	}

	private Question visible(CurrentUser user, long id) {
		return questions.find(id)
			.filter(q -> QuestionWorkflow.canSee(user, q))
			.orElseThrow(() -> new NotFoundException("operations.question.notFound", id));
	}

}
