package vn.ddcihub.survey;

/**
 * How a question is answered: one choice, several choices, a Likert scale 1–5, yes or no,
 * a number of days, an amount of money (VND) or free text.
 */
public enum AnswerType {

	SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT_5, YES_NO, DAYS, MONEY, TEXT;

	/** Answered by picking from a choice list. */
	public boolean hasChoices() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == LIKERT_5 || this == YES_NO;
	}

	/** Answered with a number. */
	public boolean isNumber() {
		return this == DAYS || this == MONEY;
	}

}
