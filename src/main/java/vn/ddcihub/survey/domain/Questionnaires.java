package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.SurveyApi;
import vn.ddcihub.survey.domain.QuestionnaireContent.QuestionDraft;

/**
 * Questionnaires (bảng hỏi) of the editions: creating one, its indicators and questions,
 * copying it to another edition. Every change is checked with the same rules whatever
 * sent it and audited in its transaction; a questionnaire's "updated" time moves with it.
 */
@Service
@Transactional(readOnly = true)
public class Questionnaires implements SurveyApi {

	private final SurveyRepository repository;

	private final EditionComponents components;

	private final InputRules rules;

	private final AuditTrail audit;

	Questionnaires(SurveyRepository repository, EditionComponents components, InputRules rules, AuditTrail audit) {
		this.repository = repository;
		this.components = components;
		this.rules = rules;
		this.audit = audit;
	}

	public List<QuestionnaireSummary> summaries() {
		return repository.summaries();
	}

	@Override
	public Optional<Questionnaire> questionnaire(int year, Block block) {
		return repository.idOf(year, block).flatMap(repository::find);
	}

	@Override
	public Optional<Questionnaire> questionnaire(long id) {
		return repository.find(id);
	}

	@Override
	public byte[] xlsForm(Questionnaire questionnaire) {
		return XlsFormWriter.write(questionnaire);
	}

	@Override
	public String xlsFormFileName(Questionnaire questionnaire) {
		return XlsForms.fileName(questionnaire);
	}

	/**
	 * @throws NotFoundException for an unknown id
	 */
	public Questionnaire get(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("survey.notFound", id));
	}

	/** The components the questionnaire's indicators may count in. */
	public List<ComponentRef> componentsOf(int year, Block block) {
		return components.of(year, block);
	}

	@Transactional
	public Questionnaire create(QuestionnaireInput input) {
		rules.check(input);
		requireFreeEdition(input.year(), input.block(), "year");
		long id = repository.insertQuestionnaire(input.year(), input.block(), input.title().strip(), "1",
				Map.of("default_language", "Vietnamese (vi)"));
		Questionnaire created = get(id);
		audit.record(SurveyAuditKind.QUESTIONNAIRE, id, Action.CREATE, null, created, null);
		return created;
	}

	@Transactional
	public Indicator addIndicator(long questionnaireId, IndicatorInput input) {
		Questionnaire questionnaire = get(questionnaireId);
		IndicatorInput clean = checked(questionnaire, input, null);
		long id = repository.insertIndicator(questionnaireId, clean, questionnaire.indicators().size() + 1);
		return auditIndicator(questionnaireId, id, null);
	}

	@Transactional
	public Indicator updateIndicator(long questionnaireId, long indicatorId, IndicatorInput input) {
		Questionnaire questionnaire = get(questionnaireId);
		Indicator before = indicator(questionnaire, indicatorId);
		IndicatorInput clean = checked(questionnaire, input, before);
		repository.updateIndicator(indicatorId, clean);
		Questionnaire after = get(questionnaireId);
		// A changed aggregation may leave a question unscorable: refuse, as for a
		// question.
		List<InputProblem> problems = new ArrayList<>();
		for (Question question : after.questionsOf(clean.code())) {
			questionProblems(after, question.type(), question.choiceList(), clean.code(), question.favourable())
				.forEach(p -> problems
					.add(InputProblem.field("aggregation", "Câu hỏi " + question.name() + ": " + p.message())));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		return auditIndicator(questionnaireId, indicatorId, before);
	}

	private Indicator auditIndicator(long questionnaireId, long indicatorId, Indicator before) {
		repository.touch(questionnaireId);
		Indicator after = indicator(get(questionnaireId), indicatorId);
		audit.record(SurveyAuditKind.INDICATOR, indicatorId, before == null ? Action.CREATE : Action.UPDATE, before,
				after, null);
		return after;
	}

	public Indicator indicator(Questionnaire questionnaire, long indicatorId) {
		return questionnaire.indicators()
			.stream()
			.filter(i -> i.id() == indicatorId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("survey.indicator.notFound", indicatorId));
	}

	public Question question(Questionnaire questionnaire, long questionId) {
		return questionnaire.question(questionId)
			.orElseThrow(() -> new NotFoundException("survey.question.notFound", questionId));
	}

	/**
	 * The input stripped and checked: field rules, a known component, a code not taken.
	 */
	private IndicatorInput checked(Questionnaire questionnaire, IndicatorInput input, Indicator current) {
		List<InputProblem> problems = new ArrayList<>(rules.problems(input));
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		String code = input.code().strip();
		Set<String> known = components.of(questionnaire.year(), questionnaire.block())
			.stream()
			.map(ComponentRef::code)
			.collect(Collectors.toSet());
		if (!known.contains(input.componentCode().strip())) {
			problems.add(InputProblem.field("componentCode", "Chỉ số thành phần " + input.componentCode().strip()
					+ " không có trong kỳ đánh giá " + questionnaire.year()));
		}
		questionnaire.indicator(code)
			.filter(other -> current == null || other.id() != current.id())
			.ifPresent(other -> problems.add(InputProblem.field("code", "Mã chỉ tiêu " + code + " đã có")));
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		return new IndicatorInput(code, input.name().strip(), input.componentCode().strip(), input.polarity(),
				input.weight(), input.aggregation());
	}

	@Transactional
	public Question addQuestion(long questionnaireId, QuestionInput input) {
		Questionnaire questionnaire = get(questionnaireId);
		Checked checked = checked(questionnaire, input, null);
		long id = repository.insertQuestion(questionnaireId, checked.draft(), checked.indicatorId(),
				questionnaire.questions().size() + 1);
		return auditQuestion(questionnaireId, id, checked, null);
	}

	@Transactional
	public Question updateQuestion(long questionnaireId, long questionId, QuestionInput input) {
		Questionnaire questionnaire = get(questionnaireId);
		Question before = question(questionnaire, questionId);
		Checked checked = checked(questionnaire, input, before);
		repository.updateQuestion(questionId, checked.draft(), checked.indicatorId());
		return auditQuestion(questionnaireId, questionId, checked, before);
	}

	private Question auditQuestion(long questionnaireId, long questionId, Checked checked, Question before) {
		if (checked.draft().type().hasChoices()) {
			repository.replaceChoices(questionnaireId, checked.draft().choiceList(), checked.choices());
		}
		repository.touch(questionnaireId);
		Questionnaire after = get(questionnaireId);
		Question question = question(after, questionId);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("question", question);
		state.put("choices", after.choices(String.valueOf(question.choiceList())));
		audit.record(SurveyAuditKind.QUESTION, questionId, before == null ? Action.CREATE : Action.UPDATE, before,
				state, null);
		return question;
	}

	private record Checked(QuestionDraft draft, Long indicatorId, List<Choice> choices) {
	}

	private Checked checked(Questionnaire questionnaire, QuestionInput input, Question current) {
		rules.check(input);
		List<InputProblem> problems = new ArrayList<>();
		String name = input.name().strip();
		questionnaire.questions()
			.stream()
			.filter(q -> q.name().equals(name) && (current == null || q.id() != current.id()))
			.findFirst()
			.ifPresent(q -> problems.add(InputProblem.field("name", "Tên câu hỏi " + name + " đã có")));
		String listName = !input.type().hasChoices() ? null
				: input.choiceList() == null || input.choiceList().isBlank() ? name : input.choiceList().strip();
		List<Choice> choices = List.of();
		if (listName != null) {
			ChoiceText.Parsed parsed = ChoiceText.parse(input.choices(), listName);
			if (parsed.problem() != null) {
				problems.add(InputProblem.field("choices", parsed.problem()));
			}
			choices = parsed.choices().isEmpty() && parsed.problem() == null
					? QuestionRules.standardChoices(input.type(), listName) : parsed.choices();
		}
		String indicatorCode = input.indicatorCode() == null || input.indicatorCode().isBlank() ? null
				: input.indicatorCode().strip();
		Optional<Indicator> indicator = indicatorCode == null ? Optional.empty()
				: questionnaire.indicator(indicatorCode);
		if (indicatorCode != null && indicator.isEmpty()) {
			problems.add(InputProblem.field("indicatorCode", "Chỉ tiêu " + indicatorCode + " không có trong bảng hỏi"));
		}
		List<String> favourable = ChoiceText.favourable(input.favourable());
		if (problems.isEmpty()) {
			QuestionRules
				.check(input.type(), choices, indicatorCode, indicator.map(Indicator::aggregation).orElse(null),
						favourable)
				.forEach(p -> problems.add(InputProblem.field(field(p.place()), p.message())));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		QuestionDraft draft = new QuestionDraft(name, input.label().strip(), input.type(), listName,
				Boolean.TRUE.equals(input.required()), indicator.map(Indicator::code).orElse(null), favourable,
				input.relevant() == null || input.relevant().isBlank() ? null : input.relevant().strip());
		return new Checked(draft, indicator.map(Indicator::id).orElse(null), choices);
	}

	private List<QuestionRules.Problem> questionProblems(Questionnaire questionnaire, vn.ddcihub.survey.AnswerType type,
			String choiceList, String indicatorCode, List<String> favourable) {
		Aggregation aggregation = questionnaire.indicator(indicatorCode).map(Indicator::aggregation).orElse(null);
		List<Choice> choices = choiceList == null ? List.of() : questionnaire.choices(choiceList);
		return QuestionRules.check(type, choices, indicatorCode, aggregation, favourable);
	}

	private static String field(QuestionRules.Place place) {
		return switch (place) {
			case CHOICES -> "choices";
			case INDICATOR -> "indicatorCode";
			case FAVOURABLE -> "favourable";
		};
	}

	/**
	 * The questionnaire, its indicators, questions and choices copied to another year.
	 */
	@Transactional
	public Questionnaire copy(long questionnaireId, int toYear) {
		Questionnaire source = get(questionnaireId);
		if (toYear < 2000 || toYear > 2100) {
			throw new BadInputException(List.of(InputProblem.field("toYear", "Năm phải từ 2000 đến 2100")));
		}
		requireFreeEdition(toYear, source.block(), "toYear");
		QuestionnaireContent content = QuestionnaireContent.of(source);
		Set<String> known = components.of(toYear, source.block())
			.stream()
			.map(ComponentRef::code)
			.collect(Collectors.toSet());
		List<InputProblem> problems = content.indicators()
			.stream()
			.filter(i -> !known.contains(i.componentCode()))
			.map(i -> InputProblem.field("toYear",
					"Chỉ tiêu " + i.code() + ": chỉ số thành phần " + i.componentCode() + " không có trong kỳ đánh giá "
							+ toYear))
			.toList();
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		long id = repository.insertQuestionnaire(toYear, source.block(),
				retitled(source.title(), source.year(), toYear), content.version(), content.settings());
		repository.insertContent(id, content);
		Questionnaire copy = get(id);
		audit.record(SurveyAuditKind.QUESTIONNAIRE, id, Action.CREATE,
				Map.of("copiedFrom", questionnaireId, "year", source.year()), copy, null);
		return copy;
	}

	/** "Bảng hỏi DDCI 2020" copied to 2021 reads "Bảng hỏi DDCI 2021". */
	private static String retitled(String title, int fromYear, int toYear) {
		return title.contains(String.valueOf(fromYear))
				? title.replace(String.valueOf(fromYear), String.valueOf(toYear)) : title + " (" + toYear + ")";
	}

	/**
	 * A questionnaire read from a file saved into an edition, replacing the edition's
	 * questionnaire when it has one; the caller has checked it.
	 */
	@Transactional
	public Questionnaire save(int year, Block block, QuestionnaireContent content) {
		Optional<Long> existing = repository.idOf(year, block);
		Questionnaire before = existing.flatMap(repository::find).orElse(null);
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			repository.clearContent(id, content.title(), content.version(), content.settings());
		}
		else {
			id = repository.insertQuestionnaire(year, block, content.title(), content.version(), content.settings());
		}
		repository.insertContent(id, content);
		Questionnaire after = get(id);
		audit.record(SurveyAuditKind.QUESTIONNAIRE, id, Action.IMPORT, before, after, null);
		return after;
	}

	private void requireFreeEdition(int year, Block block, String field) {
		if (repository.idOf(year, block).isPresent()) {
			throw new BadInputException(List.of(InputProblem.field(field, "Kỳ đánh giá " + year + " của "
					+ blockLabel(block) + " đã có bảng hỏi: mỗi kỳ đánh giá một bảng hỏi")));
		}
		if (components.of(year, block).isEmpty()) {
			throw new BadInputException(List.of(InputProblem.field(field,
					"Chưa có kỳ đánh giá nào của khối này để lấy chỉ số thành phần: hãy tạo kỳ đánh giá trước")));
		}
	}

	static String blockLabel(Block block) {
		return block == Block.DEPARTMENT ? "khối sở, ban, ngành" : "khối huyện, thành phố";
	}

	boolean isEmpty() {
		return repository.isEmpty();
	}

}
