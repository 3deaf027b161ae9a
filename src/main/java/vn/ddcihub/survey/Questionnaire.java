package vn.ddcihub.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ddcihub.index.Block;

/**
 * A questionnaire (bảng hỏi) of one edition: its indicators in order, its questions in
 * the order asked and its choice lists.
 *
 * @param version the form's version as XLSForm carries it
 * @param settings other XLSForm settings kept as given (form_id, default_language…)
 */
public record Questionnaire(long id, int year, Block block, String title, String version, Map<String, String> settings,
		List<Indicator> indicators, List<Question> questions, List<Choice> choices) {

	public Optional<Indicator> indicator(String code) {
		return indicators.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
	}

	public Optional<Question> question(long questionId) {
		return questions.stream().filter(q -> q.id() == questionId).findFirst();
	}

	/** The choices of a list, in order. */
	public List<Choice> choices(String listName) {
		return choices.stream().filter(c -> c.listName().equals(listName)).toList();
	}

	/** The questions scored into an indicator, in order. */
	public List<Question> questionsOf(String indicatorCode) {
		return questions.stream().filter(q -> indicatorCode.equalsIgnoreCase(q.indicatorCode())).toList();
	}

}
