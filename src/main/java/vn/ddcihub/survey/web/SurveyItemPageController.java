package vn.ddcihub.survey.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Polarity;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.IndicatorInput;
import vn.ddcihub.survey.domain.QuestionInput;
import vn.ddcihub.survey.domain.Questionnaires;

/**
 * An indicator's and a question's page: new or changed, shown again with every problem
 * beside its field and what was typed.
 */
@Controller
@PreAuthorize("@surveyAccess.canWrite(principal)")
public class SurveyItemPageController {

	private final Questionnaires questionnaires;

	SurveyItemPageController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping("/survey/questionnaires/{id}/indicators/new")
	String newIndicator(@PathVariable long id, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		String firstComponent = questionnaires.componentsOf(questionnaire.year(), questionnaire.block())
			.stream()
			.findFirst()
			.map(c -> c.code())
			.orElse("");
		return indicatorPage(model, questionnaire, null, FormState
			.of(new IndicatorInput("", "", firstComponent, Polarity.THUAN, 1.0, Aggregation.SHARE_FAVOURABLE)));
	}

	@PostMapping("/survey/questionnaires/{id}/indicators")
	String addIndicator(@PathVariable long id, @Valid @ModelAttribute IndicatorInput form, BindingResult binding,
			Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		return FormSubmission.submit(form, binding, () -> {
			questionnaires.addIndicator(id, form);
			return SurveyPageController.redirect(id);
		}, again -> indicatorPage(model, questionnaire, null, again));
	}

	@GetMapping("/survey/questionnaires/{id}/indicators/{indicatorId}")
	String indicator(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		Indicator i = questionnaires.indicator(questionnaire, indicatorId);
		return indicatorPage(model, questionnaire, i, FormState
			.of(new IndicatorInput(i.code(), i.name(), i.componentCode(), i.polarity(), i.weight(), i.aggregation())));
	}

	@PostMapping("/survey/questionnaires/{id}/indicators/{indicatorId}")
	String updateIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @ModelAttribute IndicatorInput form, BindingResult binding, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		Indicator current = questionnaires.indicator(questionnaire, indicatorId);
		return FormSubmission.submit(form, binding, () -> {
			questionnaires.updateIndicator(id, indicatorId, form);
			return SurveyPageController.redirect(id);
		}, again -> indicatorPage(model, questionnaire, current, again));
	}

	private String indicatorPage(Model model, Questionnaire questionnaire, Indicator indicator, FormState form) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("indicator", indicator);
		model.addAttribute("components", questionnaires.componentsOf(questionnaire.year(), questionnaire.block()));
		model.addAttribute("form", form);
		return "survey/indicator-form";
	}

	@GetMapping("/survey/questionnaires/{id}/questions/new")
	String newQuestion(@PathVariable long id, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		return questionPage(model, questionnaire, null,
				FormState.of(new QuestionInput("", "", AnswerType.LIKERT_5, "", "", true, "", "4, 5", "")));
	}

	@PostMapping("/survey/questionnaires/{id}/questions")
	String addQuestion(@PathVariable long id, @Valid @ModelAttribute QuestionInput form, BindingResult binding,
			Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		return FormSubmission.submit(form, binding, () -> {
			questionnaires.addQuestion(id, form);
			return SurveyPageController.redirect(id);
		}, again -> questionPage(model, questionnaire, null, again));
	}

	@GetMapping("/survey/questionnaires/{id}/questions/{questionId}")
	String question(@PathVariable long id, @PathVariable long questionId, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		Question q = questionnaires.question(questionnaire, questionId);
		return questionPage(model, questionnaire, q, FormState.of(QuestionInput.of(questionnaire, q)));
	}

	@PostMapping("/survey/questionnaires/{id}/questions/{questionId}")
	String updateQuestion(@PathVariable long id, @PathVariable long questionId,
			@Valid @ModelAttribute QuestionInput form, BindingResult binding, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		Question current = questionnaires.question(questionnaire, questionId);
		return FormSubmission.submit(form, binding, () -> {
			questionnaires.updateQuestion(id, questionId, form);
			return SurveyPageController.redirect(id);
		}, again -> questionPage(model, questionnaire, current, again));
	}

	private String questionPage(Model model, Questionnaire questionnaire, Question question, FormState form) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("question", question);
		model.addAttribute("form", form);
		return "survey/question-form";
	}

}
