package vn.ddcihub.operations.question;

/** The sender's rating of the answer (hài lòng / không hài lòng). */
public enum QuestionRating {

	SATISFIED, DISSATISFIED

}
