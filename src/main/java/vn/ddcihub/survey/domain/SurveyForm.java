package vn.ddcihub.survey.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;

/**
 * The web survey as one business sees it: the questionnaire, the units it answers about
 * (one page each) and what it has typed so far, by unit code and question name (a text,
 * or the list of ticked choices).
 */
public record SurveyForm(Questionnaire questionnaire, List<Unit> units, Map<String, Map<String, Object>> draft) {

	public record Unit(String code, String name) {
	}

	public Optional<Unit> unit(int index) {
		return index >= 0 && index < units.size() ? Optional.of(units.get(index)) : Optional.empty();
	}

	public int indexOf(String unitCode) {
		for (int i = 0; i < units.size(); i++) {
			if (units.get(i).code().equals(unitCode)) {
				return i;
			}
		}
		return 0;
	}

	/** What was typed for a question about a unit: a text, or the ticked choices. */
	public Object typed(String unitCode, String questionName) {
		return draft.getOrDefault(unitCode, Map.of()).get(questionName);
	}

	public String typedText(String unitCode, String questionName) {
		Object value = typed(unitCode, questionName);
		return value instanceof String text ? text : "";
	}

	public boolean ticked(String unitCode, String questionName, String choice) {
		Object value = typed(unitCode, questionName);
		return value instanceof List<?> list ? list.contains(choice) : choice.equals(value);
	}

	/**
	 * Only the questionnaire's questions, each value a text of at most
	 * {@link Answers#TEXT_MAX} characters or a list of choice names: whatever else a
	 * request carries is dropped.
	 */
	public Map<String, Object> known(Map<String, Object> typed) {
		Map<String, Object> kept = new LinkedHashMap<>();
		for (Question question : questionnaire.questions()) {
			Object value = typed.get(question.name());
			if (value instanceof List<?> list && question.type() == AnswerType.MULTIPLE_CHOICE) {
				kept.put(question.name(), list.stream().map(String::valueOf).limit(100).toList());
			}
			else if (value instanceof String text && !text.isEmpty()) {
				kept.put(question.name(),
						text.length() > Answers.TEXT_MAX + 1 ? text.substring(0, Answers.TEXT_MAX + 1) : text);
			}
		}
		return kept;
	}

	static String shortLabel(String label) {
		return label.length() <= 80 ? label : label.substring(0, 80) + "…";
	}

}
