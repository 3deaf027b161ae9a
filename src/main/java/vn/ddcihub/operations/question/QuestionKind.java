package vn.ddcihub.operations.question;

/** A business question (hỏi đáp) or a petition (phản ánh, kiến nghị). */
public enum QuestionKind {

	QUESTION, PETITION

}
