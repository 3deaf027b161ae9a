package vn.ddcihub.survey;

import java.util.List;

/**
 * A question of a questionnaire.
 *
 * @param name the XLSForm name (the column of a response export), unique in the
 * questionnaire
 * @param choiceList the choice list of a choice question (null otherwise)
 * @param indicatorCode the indicator the answer is scored into; null for a question not
 * scored
 * @param favourable the answers (choice names) counted as favourable when the indicator
 * is a share of favourable answers
 * @param relevant the XLSForm condition under which the question is asked, as given
 */
public record Question(long id, String name, String label, AnswerType type, String choiceList, boolean required,
		String indicatorCode, List<String> favourable, String relevant, int sort) {
}
