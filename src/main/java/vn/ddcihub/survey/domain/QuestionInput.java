package vn.ddcihub.survey.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;

/**
 * A question as typed on its page or sent to the API.
 *
 * @param name the XLSForm name: a letter or underscore, then letters, digits, {@code _},
 * {@code -} or {@code .}
 * @param choices the answers of a choice question, one per line as {@code name = label}
 * (blank for Likert and yes/no: the standard scale)
 * @param indicatorCode the indicator the answer is scored into; blank: not scored
 * @param favourable the favourable answers (choice names) separated by commas, e.g.
 * {@code 4, 5}
 */
public record QuestionInput(
		@Label("survey.field.questionName") @NotBlank(message = "{validation.required}") @Size(
				max = SurveyLimits.NAME_MAX, message = "{validation.tooLong}") @Pattern(
						regexp = "([A-Za-z_][A-Za-z0-9_.-]*)?", message = "{survey.validation.xmlName}") String name,
		@Label("survey.field.label") @NotBlank(message = "{validation.required}") @Size(max = SurveyLimits.LABEL_MAX,
				message = "{validation.tooLong}") String label,
		@Label("survey.field.type") @NotNull(message = "{validation.choose}") AnswerType type,
		@Label("survey.field.choiceList") @Size(max = SurveyLimits.NAME_MAX, message = "{validation.tooLong}") @Pattern(
				regexp = "([A-Za-z_][A-Za-z0-9_.-]*)?", message = "{survey.validation.xmlName}") String choiceList,
		@Label("survey.field.choices") @Size(
				max = SurveyLimits.CHOICES_TEXT_MAX, message = "{validation.tooLong}") String choices,
		@Label("survey.field.required") Boolean required,
		@Label("survey.field.indicator") @Size(max = SurveyLimits.CODE_MAX,
				message = "{validation.tooLong}") String indicatorCode,
		@Label("survey.field.favourable") @Size(max = SurveyLimits.FAVOURABLE_TEXT_MAX,
				message = "{validation.tooLong}") String favourable,
		@Label("survey.field.relevant") @Size(max = SurveyLimits.LABEL_MAX,
				message = "{validation.tooLong}") String relevant) {

	/**
	 * A stored question as its page shows it: choices one per line, favourable answers
	 * with commas.
	 */
	public static QuestionInput of(Questionnaire questionnaire, Question question) {
		String choices = question.choiceList() == null ? ""
				: ChoiceText.print(questionnaire.choices(question.choiceList()));
		return new QuestionInput(question.name(), question.label(), question.type(),
				question.choiceList() == null ? "" : question.choiceList(), choices, question.required(),
				question.indicatorCode() == null ? "" : question.indicatorCode(),
				String.join(", ", question.favourable()), question.relevant() == null ? "" : question.relevant());
	}

}
