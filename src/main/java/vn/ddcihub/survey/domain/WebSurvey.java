package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.VietnamTime;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;
import vn.ddcihub.survey.domain.SampleRepository.CodeHolder;

/**
 * The anonymous web survey (khảo sát trực tuyến): a business enters its one-time code,
 * answers about each unit it dealt with, may save and come back, and submits once. On
 * submission the answers are checked with {@link Answers} (the one reader), then in one
 * transaction one response per unit is stored without any reference to the code or the
 * business, the code is marked used (only if still unused: the row count decides, so two
 * submissions on two nodes cannot both pass) and the draft is deleted. Submissions are
 * not audited: an audit record would tie a moment to the business.
 */
@Service
@Transactional(readOnly = true)
public class WebSurvey {

	private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> DRAFT = new TypeReference<>() {
	};

	private final SampleRepository samples;

	private final ResponseRepository responses;

	private final Questionnaires questionnaires;

	private final CodePepper pepper;

	private final CodeAttempts attempts;

	private final IndexApi index;

	private final JsonMapper json;

	WebSurvey(SampleRepository samples, ResponseRepository responses, Questionnaires questionnaires, CodePepper pepper,
			CodeAttempts attempts, IndexApi index, JsonMapper json) {
		this.index = index;
		this.samples = samples;
		this.responses = responses;
		this.questionnaires = questionnaires;
		this.pepper = pepper;
		this.attempts = attempts;
		this.json = json;
	}

	/** What a code opens: the business's sample row, never shown to anyone. */
	public record Entry(long sampleId) {
	}

	/** The outcome of entering a code. */
	public sealed interface Admission {

		/** The code works: its form may be shown. */
		record Admitted(Entry entry) implements Admission {
		}

		/**
		 * Wrong, used or expired: the same answer for each, so it says nothing about
		 * which codes exist.
		 */
		record Refused() implements Admission {
		}

		/** Too many wrong codes from this address. */
		record Throttled(long waitSeconds) implements Admission {
		}

	}

	/** Checks a typed code from a client address (rate-limited). */
	@Transactional
	public Admission enter(String typed, String address) {
		long wait = attempts.waitSeconds(address);
		if (wait > 0) {
			return new Admission.Throttled(wait);
		}
		String code = SurveyCodes.normalise(typed);
		Optional<CodeHolder> holder = code == null ? Optional.empty() : samples.holder(pepper.hash(code));
		if (holder.isEmpty() || !usable(holder.get())) {
			attempts.wrong(address);
			return new Admission.Refused();
		}
		return new Admission.Admitted(new Entry(holder.get().sampleId()));
	}

	private static boolean usable(CodeHolder holder) {
		return !holder.used() && holder.days().openOn(VietnamTime.today());
	}

	/**
	 * The form of an admitted business, with what it saved; empty when its code no longer
	 * works (used meanwhile, survey closed, sample replaced).
	 */
	public Optional<SurveyForm> form(Entry entry) {
		return samples.holder(entry.sampleId()).filter(WebSurvey::usable).map(holder -> {
			Questionnaire questionnaire = questionnaires.get(holder.questionnaireId());
			Map<String, String> names = new LinkedHashMap<>();
			index.assessedUnits(questionnaire.block()).forEach(u -> names.put(u.code(), u.name()));
			List<SurveyForm.Unit> units = holder.unitCodes()
				.stream()
				.map(code -> new SurveyForm.Unit(code, names.getOrDefault(code, code)))
				.toList();
			Map<String, Map<String, Object>> draft = samples.draft(entry.sampleId())
				.map(text -> (Map<String, Map<String, Object>>) json.readValue(text, DRAFT))
				.orElseGet(LinkedHashMap::new);
			return new SurveyForm(questionnaire, units, draft);
		});
	}

	/**
	 * Keeps what was typed on one unit's page (as typed, so a wrong number comes back as
	 * it was); false when the code no longer works.
	 */
	@Transactional
	public boolean save(Entry entry, SurveyForm form, String unitCode, Map<String, Object> typed) {
		if (samples.holder(entry.sampleId()).filter(WebSurvey::usable).isEmpty()) {
			return false;
		}
		Map<String, Map<String, Object>> draft = new LinkedHashMap<>(form.draft());
		draft.put(unitCode, form.known(typed));
		samples.saveDraft(entry.sampleId(), json.writeValueAsString(draft));
		return true;
	}

	/**
	 * The problems of one unit's answers, each on its question ({@code column} = name).
	 */
	public List<InputProblem> problems(SurveyForm form, String unitCode) {
		List<InputProblem> problems = new ArrayList<>();
		read(form, unitCode, problems);
		return problems;
	}

	/** The outcome of a submission. */
	public sealed interface Submission {

		record Stored(int responses) implements Submission {
		}

		/** The first unit with problems, and its problems. */
		record Invalid(String unitCode, List<InputProblem> problems) implements Submission {
		}

		/** The code was used (by another submission) or expired meanwhile. */
		record CodeGone() implements Submission {
		}

	}

	/** Checks every unit's answers, then stores them all and retires the code. */
	@Transactional
	public Submission submit(Entry entry) {
		Optional<SurveyForm> current = form(entry);
		if (current.isEmpty()) {
			return new Submission.CodeGone();
		}
		SurveyForm form = current.get();
		List<NewResponse> stored = new ArrayList<>();
		for (SurveyForm.Unit unit : form.units()) {
			List<InputProblem> problems = new ArrayList<>();
			Map<String, Object> answers = read(form, unit.code(), problems);
			if (!problems.isEmpty()) {
				return new Submission.Invalid(unit.code(), problems);
			}
			stored.add(new NewResponse(unit.code(), null, answers));
		}
		if (!samples.markUsed(entry.sampleId())) {
			return new Submission.CodeGone();
		}
		responses.insert(form.questionnaire().id(), null, stored);
		samples.deleteDraft(entry.sampleId());
		return new Submission.Stored(stored.size());
	}

	/**
	 * The questions asked about a unit, given what was typed on its page: those whose
	 * XLSForm condition holds ({@link Relevance}); the page hides the others.
	 */
	public Set<String> askedQuestions(SurveyForm form, String unitCode) {
		Set<String> asked = new LinkedHashSet<>();
		read(form, unitCode, new ArrayList<>(), asked);
		return asked;
	}

	private static Map<String, Object> read(SurveyForm form, String unitCode, List<InputProblem> problems) {
		return read(form, unitCode, problems, new LinkedHashSet<>());
	}

	/**
	 * A unit's answers read with {@link Answers}, in the questionnaire's order so each
	 * condition sees the answers before it; a question whose condition fails is not
	 * asked, and whatever was typed for it is dropped. Problems added to the list.
	 */
	private static Map<String, Object> read(SurveyForm form, String unitCode, List<InputProblem> problems,
			Set<String> asked) {
		Map<String, Object> typed = form.draft().getOrDefault(unitCode, Map.of());
		Map<String, Object> answers = new LinkedHashMap<>();
		Questionnaire questionnaire = form.questionnaire();
		for (Question question : questionnaire.questions()) {
			if (!Relevance.of(question.relevant()).applies(answers)) {
				continue;
			}
			asked.add(question.name());
			Object raw = typed.get(question.name());
			var choices = question.choiceList() == null ? List.<vn.ddcihub.survey.Choice>of()
					: questionnaire.choices(question.choiceList());
			Answers.Read read = raw instanceof List<?> list && question.type() == AnswerType.MULTIPLE_CHOICE
					? Answers.readSelected(question, choices, list.stream().map(String::valueOf).toList())
					: Answers.read(
							question, choices, raw instanceof List<?> list
									? String.join(" ", list.stream().map(String::valueOf).toList()) : (String) raw,
							null);
			if (!read.ok()) {
				problems.add(InputProblem.field(question.name(), read.problem()));
			}
			else if (read.value() == null && question.required()) {
				problems.add(InputProblem.field(question.name(), "Câu " + question.name() + ": cần trả lời câu “"
						+ SurveyForm.shortLabel(question.label()) + "”"));
			}
			else if (read.value() != null) {
				answers.put(question.name(), read.value());
			}
		}
		return answers;
	}

}
