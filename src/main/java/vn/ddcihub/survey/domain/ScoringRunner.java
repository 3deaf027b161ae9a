package vn.ddcihub.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.scoring.Anchors;
import vn.ddcihub.scoring.Bootstrap;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.IndicatorSpec;
import vn.ddcihub.scoring.Normalisation;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.scoring.Sensitivity;
import vn.ddcihub.scoring.SensitivityResult;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.scoring.SurveyScorer;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.survey.Questionnaire;

/**
 * Computes a scoring run on whichever node picked its job: reads the questionnaire's
 * responses as a stream (counting them and hashing them with SHA-256, in the stored order
 * of unit and id, so the same responses give the same hash and the same bootstrap draws),
 * scores them, runs the bootstrap and the sensitivity analysis, and stores the result.
 * Progress goes to the run's row as it works, at most a few times a second; the user's
 * cancel is read back from the same update and stops the work between replicates or runs.
 *
 * <p>
 * Pooled min–max takes its anchors from the <em>stored responses</em> of the pooled
 * editions' questionnaires (same block, same units), aggregated and restricted to units
 * with at least the minimum number of responses exactly as the scored edition's own block
 * is: an edition's published results hold only normalised component scores, from which
 * raw indicator anchors cannot be recovered. An indicator absent from a pooled edition
 * takes its anchors from the scored edition alone.
 */
@Component
class ScoringRunner {

	private static final Logger log = LoggerFactory.getLogger(ScoringRunner.class);

	/** Progress is written at most this often (ms), and on the last step. */
	private static final long WRITE_EVERY_MS = 250;

	private final ScoringRunRepository runs;

	private final ResponseRepository responses;

	private final Questionnaires questionnaires;

	private final IndexApi index;

	private final TransactionTemplate readOnly;

	private final JsonMapper json;

	private final MessageSource messages;

	ScoringRunner(ScoringRunRepository runs, ResponseRepository responses, Questionnaires questionnaires,
			IndexApi index, PlatformTransactionManager transactions, JsonMapper json, MessageSource messages) {
		this.runs = runs;
		this.responses = responses;
		this.questionnaires = questionnaires;
		this.index = index;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.json = json;
		this.messages = messages;
	}

	/** Runs it unless it was cancelled or finished meanwhile. */
	void run(long runId) {
		ScoringRun run = runs.find(runId).orElse(null);
		if (run == null || run.status().finished() || !runs.start(runId)) {
			return;
		}
		try {
			compute(run);
		}
		catch (CancellationException cancelled) {
			runs.cancelled(runId);
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			log.warn("Scoring run {} failed", runId, ex);
			runs.failed(runId, failure(ex));
		}
	}

	private void compute(ScoringRun run) {
		Questionnaire questionnaire = questionnaires.get(run.questionnaireId());
		ScoringParameters parameters = ScoringParameters.fromMap(run.parameters());
		List<AssessedUnitRef> units = index.assessedUnits(run.block());
		Map<String, String> unitNames = new LinkedHashMap<>();
		units.forEach(u -> unitNames.put(u.code(), u.name()));
		ScoringInput input = input(questionnaire, units);
		MessageDigest sha256 = sha256();
		int[] count = { 0 };
		readOnly.executeWithoutResult(tx -> responses.forEach(questionnaire.id(), (unit, answers) -> {
			input.add(unit, answers);
			sha256.update(unit.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(json.writeValueAsBytes(answers));
			sha256.update((byte) '\n');
			count[0]++;
		}));
		new Step(run.id(), RunStage.Kind.SCORING, 10, 12).advance(0, 1);
		Anchors given = given(run, parameters, input.specs(), units);
		SurveyScorer scorer = new SurveyScorer(input.specs(), input.componentWeights(), parameters, given);
		BootstrapResult bootstrap = new Bootstrap(scorer).run(input.responses(),
				new Step(run.id(), RunStage.Kind.BOOTSTRAP, 12, 85));
		SurveyScore point = bootstrap.survey();
		SensitivityResult sensitivity = new Sensitivity(scorer).run(point.raw(), point.respondentCounts(),
				new Step(run.id(), RunStage.Kind.SENSITIVITY, 85, 99));
		new Step(run.id(), RunStage.Kind.SAVING, 99, 99).advance(0, 1);
		runs.done(run.id(), count[0], HexFormat.of().formatHex(sha256.digest()),
				RunResults.of(input, unitNames, bootstrap, sensitivity, given));
	}

	private ScoringInput input(Questionnaire questionnaire, List<AssessedUnitRef> units) {
		List<ComponentRef> components = questionnaires.componentsOf(questionnaire.year(), questionnaire.block());
		if (components.isEmpty()) {
			throw new BadInputException("surveyRun.noComponents", questionnaire.year());
		}
		return new ScoringInput(questionnaire, components.stream().map(ComponentRef::code).toList(),
				components.stream().mapToDouble(ComponentRef::weight).toArray(),
				units.stream().map(AssessedUnitRef::code).toList());
	}

	/** The anchors given from outside the block, or null when the method needs none. */
	private Anchors given(ScoringRun run, ScoringParameters parameters, List<IndicatorSpec> specs,
			List<AssessedUnitRef> units) {
		if (parameters.normalisation() == Normalisation.GOALPOSTS) {
			return run.anchors().goalpostAnchors(specs);
		}
		if (parameters.normalisation() != Normalisation.POOLED_MIN_MAX) {
			return null;
		}
		double[] min = new double[specs.size()];
		double[] max = new double[specs.size()];
		java.util.Arrays.fill(min, Double.NaN);
		java.util.Arrays.fill(max, Double.NaN);
		for (int year : run.anchors().pooledYears()) {
			Questionnaire earlier = questionnaires.questionnaire(year, run.block())
				.orElseThrow(() -> new BadInputException("surveyRun.pooledYears.noQuestionnaire", year));
			ScoringInput input = input(earlier, units);
			readOnly.executeWithoutResult(tx -> responses.forEach(earlier.id(), input::add));
			SurveyScore score = new SurveyScorer(input.specs(), input.componentWeights(),
					parameters.withNormalisation(Normalisation.MIN_MAX))
				.score(input.responses());
			for (int i = 0; i < specs.size(); i++) {
				int column = input.specs().stream().map(IndicatorSpec::code).toList().indexOf(specs.get(i).code());
				for (int u = 0; column >= 0 && u < score.raw().length; u++) {
					double x = score.raw()[u][column];
					if (!score.isFlagged(u) && !Double.isNaN(x)) {
						min[i] = Double.isNaN(min[i]) ? x : Math.min(min[i], x);
						max[i] = Double.isNaN(max[i]) ? x : Math.max(max[i], x);
					}
				}
			}
		}
		return Anchors.of(min, max);
	}

	private String failure(Throwable ex) {
		Locale vi = Locale.forLanguageTag("vi");
		if (ex instanceof BadInputException bad) {
			return messages.getMessage(bad, vi);
		}
		if (ex instanceof IllegalArgumentException && ex.getMessage() != null) {
			return messages.getMessage("surveyRun.failed.input", new Object[] { ex.getMessage() }, vi);
		}
		return messages.getMessage("surveyRun.failed.internal", new Object[] { ex.getClass().getSimpleName() }, vi);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One stage of the work mapped onto the percentages {@code from}–{@code to} of the
	 * whole; writes the row when enough time has passed or on the last step, and says
	 * stop once the user asked to cancel.
	 */
	private final class Step implements vn.ddcihub.scoring.Progress {

		private final long runId;

		private final RunStage.Kind kind;

		private final int from;

		private final int to;

		private long lastWrite;

		private boolean cancel;

		Step(long runId, RunStage.Kind kind, int from, int to) {
			this.runId = runId;
			this.kind = kind;
			this.from = from;
			this.to = to;
		}

		@Override
		public boolean advance(int done, int total) {
			long now = System.currentTimeMillis();
			if (done == 0 || done == total || now - lastWrite >= WRITE_EVERY_MS) {
				lastWrite = now;
				int percent = from + (int) ((long) (to - from) * done / Math.max(1, total));
				cancel = runs.progress(runId, percent, new RunStage(kind, done, total));
			}
			if (done == 0 && cancel) {
				throw new CancellationException("Cancelled before " + kind);
			}
			return !cancel;
		}

	}

}
