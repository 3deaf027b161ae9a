package vn.ddcihub.operations.question;

/**
 * Where a question or petition stands: received (NEW), assigned to a unit, its answer
 * drafted, awaiting the leader's approval, returned to the unit with a comment, or
 * answered (approved; public unless withheld).
 */
public enum QuestionStatus {

	NEW, ASSIGNED, DRAFTED, AWAITING_APPROVAL, RETURNED, ANSWERED;

	/** The unit may write or change the answer. */
	public boolean draftable() {
		return this == ASSIGNED || this == DRAFTED || this == RETURNED;
	}

}
