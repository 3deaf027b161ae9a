package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;

/**
 * Everything a questionnaire holds apart from its edition and ids: what an XLSForm
 * carries and what a copy to the next edition takes.
 */
public record QuestionnaireContent(String title, String version, Map<String, String> settings,
		List<IndicatorInput> indicators, List<QuestionDraft> questions, List<Choice> choices) {

	/** A question with its favourable answers as a list. */
	public record QuestionDraft(String name, String label, vn.ddcihub.survey.AnswerType type, String choiceList,
			boolean required, String indicatorCode, List<String> favourable, String relevant) {
	}

	/** The content of a stored questionnaire. */
	public static QuestionnaireContent of(Questionnaire questionnaire) {
		List<IndicatorInput> indicators = questionnaire.indicators()
			.stream()
			.map(i -> new IndicatorInput(i.code(), i.name(), i.componentCode(), i.polarity(), i.weight(),
					i.aggregation()))
			.toList();
		List<QuestionDraft> questions = new ArrayList<>();
		questionnaire.questions()
			.forEach(q -> questions.add(new QuestionDraft(q.name(), q.label(), q.type(), q.choiceList(), q.required(),
					q.indicatorCode(), q.favourable(), q.relevant())));
		return new QuestionnaireContent(questionnaire.title(), questionnaire.version(), questionnaire.settings(),
				indicators, questions, questionnaire.choices());
	}

	/**
	 * The questionnaire this content makes, never stored (ids are positions): what the
	 * command line and the demo calibration score without a database.
	 */
	public Questionnaire unsaved(int year, Block block) {
		List<Indicator> indicatorList = new ArrayList<>();
		for (IndicatorInput i : indicators) {
			indicatorList.add(new Indicator(indicatorList.size() + 1, i.code(), i.name(), i.componentCode(),
					i.polarity(), i.weight(), i.aggregation(), indicatorList.size() + 1));
		}
		List<Question> questionList = new ArrayList<>();
		for (QuestionDraft q : questions) {
			questionList.add(new Question(questionList.size() + 1, q.name(), q.label(), q.type(), q.choiceList(),
					q.required(), q.indicatorCode(), q.favourable(), q.relevant(), questionList.size() + 1));
		}
		return new Questionnaire(0, year, block, title, version, settings, List.copyOf(indicatorList),
				List.copyOf(questionList), choices);
	}

}
