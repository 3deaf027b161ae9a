package vn.ddcihub.survey.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.ScoredEdition;
import vn.ddcihub.index.IndexApi.ScoredUnit;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.scoring.Normalisation;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.RunResult.Range;
import vn.ddcihub.survey.domain.RunResult.UnitResult;

/**
 * Scoring runs (lượt chấm điểm) of a questionnaire: started with checked parameters and a
 * stored seed as a db-scheduler job ({@link ScoringRunJob}), read with their progress and
 * result from any node, cancelled, and published into their edition through the index
 * door. Who may do this is the handlers' rule ({@code @surveyAccess}).
 */
@Service
public class ScoringRuns {

	private final ScoringRunRepository runs;

	private final ResponseRepository responses;

	private final Questionnaires questionnaires;

	private final ScoringRunJob job;

	private final SchedulerClient scheduler;

	private final IndexApi index;

	private final InputRules rules;

	private final MessageSource messages;

	private final SecureRandom seeds = new SecureRandom();

	ScoringRuns(ScoringRunRepository runs, ResponseRepository responses, Questionnaires questionnaires,
			ScoringRunJob job, SchedulerClient scheduler, IndexApi index, InputRules rules, MessageSource messages) {
		this.runs = runs;
		this.responses = responses;
		this.questionnaires = questionnaires;
		this.job = job;
		this.scheduler = scheduler;
		this.index = index;
		this.rules = rules;
		this.messages = messages;
	}

	/**
	 * Stores a QUEUED run with its parameters and seed (drawn when none is given) and
	 * schedules its job.
	 * @throws BadInputException with every problem of the parameters; nothing stored
	 */
	public ScoringRun start(long questionnaireId, ScoringRunInput input, CurrentUser user) {
		Questionnaire questionnaire = questionnaires.get(questionnaireId);
		List<InputProblem> problems = new ArrayList<>(rules.problems(input));
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		RunAnchors anchors = RunAnchors.read(input, questionnaire, problems, this::text);
		for (int year : anchors.pooledYears()) {
			boolean answered = questionnaires.questionnaire(year, questionnaire.block())
				.map(earlier -> !responses.countsByUnit(earlier.id()).isEmpty())
				.orElse(false);
			if (!answered) {
				problems.add(InputProblem.field("pooledYears", text("surveyRun.pooledYears.noResponses",
						new Object[] { text("surveyRun.field.pooledYears", new Object[0]), year })));
			}
		}
		if (questionnaire.indicators().isEmpty()) {
			problems.add(InputProblem.field("normalisation", text("surveyRun.noIndicators", new Object[0])));
		}
		if (questionnaires.componentsOf(questionnaire.year(), questionnaire.block()).isEmpty()) {
			problems.add(InputProblem.field("normalisation",
					text("surveyRun.noComponents", new Object[] { questionnaire.year() })));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(onePerField(problems));
		}
		long seed = input.seed() != null ? input.seed() : seeds.nextLong();
		ScoringParameters parameters = input.parameters(seed);
		long id = runs.insert(questionnaireId, parameters.toMap(), anchors, seed, user.getUsername());
		try {
			scheduler.scheduleIfNotExists(job.instance(String.valueOf(id)), Instant.now());
		}
		catch (RuntimeException ex) {
			runs.failed(id, text("surveyRun.failed.schedule", new Object[0]));
			throw ex;
		}
		return get(id);
	}

	/**
	 * A form shows one message beside a field: the problems of one field (every bad line
	 * of the goalposts) are joined into it, so all of them are seen at once.
	 */
	private static List<InputProblem> onePerField(List<InputProblem> problems) {
		java.util.Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
		problems.forEach(p -> byField.computeIfAbsent(p.column(), c -> new ArrayList<>()).add(p.message()));
		return byField.entrySet()
			.stream()
			.map(e -> InputProblem.field(e.getKey(), String.join(" ", e.getValue())))
			.toList();
	}

	public ScoringRun get(long runId) {
		return runs.find(runId).orElseThrow(() -> new NotFoundException("surveyRun.notFound", runId));
	}

	public List<ScoringRun> ofQuestionnaire(long questionnaireId) {
		questionnaires.get(questionnaireId);
		return runs.ofQuestionnaire(questionnaireId);
	}

	public Optional<RunResult> result(long runId) {
		return runs.result(runId);
	}

	/** The parameters of a run as its form takes them, to run it again. */
	public ScoringRunInput inputOf(ScoringRun run) {
		return ScoringRunInput.of(ScoringParameters.fromMap(run.parameters()), run.anchors());
	}

	/**
	 * Asks a run to stop: at once when queued, between two replicates or sensitivity runs
	 * when running.
	 * @throws BadInputException when it has already finished
	 */
	public ScoringRun cancel(long runId) {
		ScoringRun run = get(runId);
		if (!runs.requestCancel(runId)) {
			throw new BadInputException("surveyRun.cancel.finished", run.id());
		}
		return get(runId);
	}

	/** Whether publishing into the run's edition replaces results, so needs a reason. */
	public boolean needsReason(ScoringRun run) {
		return index.editionYears(run.block()).contains(run.year());
	}

	/**
	 * Publishes a finished run into its edition through {@link IndexApi#publishScores}
	 * and records the version it became.
	 * @throws BadInputException when the run is not done, or a reason is needed and
	 * missing (the door checks it too)
	 */
	public int publish(long runId, String reason, CurrentUser user) {
		ScoringRun run = get(runId);
		RunResult result = runs.result(runId)
			.filter(r -> run.status() == RunStatus.DONE)
			.orElseThrow(() -> new BadInputException("surveyRun.publish.notDone", runId));
		String given = reason == null ? "" : reason.strip();
		if (given.isEmpty() && needsReason(run)) {
			throw new BadInputException(List.of(InputProblem.field("reason", text("surveyRun.publish.reasonNeeded",
					new Object[] { text("surveyRun.field.reason", new Object[0]), run.year() }))));
		}
		ScoredEdition scores = new ScoredEdition(run.year(), run.block(), result.componentCodes(),
				result.units().stream().map(ScoringRuns::scored).toList(), messages
					.getMessage("surveyRun.publish.source", new Object[] { run.id() }, Locale.forLanguageTag("vi")));
		int version = index.publishScores(scores, given.isEmpty() ? null : given, user);
		runs.published(runId, version, user.getUsername());
		return version;
	}

	private static ScoredUnit scored(UnitResult unit) {
		boolean ranked = !unit.flagged() && unit.rank() != null;
		return new ScoredUnit(unit.code(), unit.name(), unit.respondents(), ranked, unit.components(), unit.total(),
				ranked ? unit.rank() : null, unit.componentIntervals().stream().map(ScoringRuns::interval).toList(),
				interval(unit.totalInterval()), interval(unit.rankInterval()));
	}

	private static IndexApi.Interval interval(Range range) {
		return range == null || range.low() == null || range.high() == null ? null
				: new IndexApi.Interval(range.low(), range.high());
	}

	/** The method's label in the reader's language, for pages and documents. */
	public String methodLabel(Normalisation method) {
		return text("surveyRun.method." + method.name(), new Object[0]);
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
