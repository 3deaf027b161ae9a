package vn.ddcihub.scoring;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Sensitivity of the ranks to method choices (phân tích độ nhạy), a Monte Carlo over the
 * choices a methodologist could defend. Each of the
 * {@link ScoringParameters#sensitivityRuns()} runs, in this order of draws from one
 * {@link SplittableRandom} seeded with {@link ScoringParameters#seed()}:
 * <ol>
 * <li>picks a normalisation method uniformly from
 * {@link ScoringParameters#sensitivityMethods()} (declaration order);</li>
 * <li>if {@link ScoringParameters#sensitivityVariesWinsorisation()}, switches
 * winsorisation on or off with probability ½ each, else keeps
 * {@link ScoringParameters#winsorise()};</li>
 * <li>multiplies each component weight w by {@code 1 + x·(2U − 1)}, U uniform on [0, 1),
 * x = {@link ScoringParameters#weightVariation()} (weights ± x);</li>
 * </ol>
 * then recomputes every step of {@link SurveyScorer} from the unit values (treatment,
 * normalisation, components, total with the varied weights) and ranks the units with
 * enough responses. Per unit: median rank and 5–95 % rank range over the runs. Same seed,
 * same input, same result.
 */
public final class Sensitivity {

	/** Runs between two calls of a {@link Progress}. */
	public static final int PROGRESS_EVERY = 16;

	private final SurveyScorer scorer;

	public Sensitivity(SurveyScorer scorer) {
		this.scorer = scorer;
		for (Normalisation method : scorer.parameters().sensitivityMethods()) {
			scorer.requireAnchorsFor(method);
		}
	}

	/** Runs the analysis on respondent answers {@code [unit][respondent][indicator]}. */
	public SensitivityResult run(double[][][] responses) {
		SurveyScore point = scorer.score(responses);
		return run(point.raw(), point.respondentCounts());
	}

	/** Runs the analysis on unit values {@code raw[unit][indicator]}. */
	public SensitivityResult run(double[][] raw, int[] respondentCounts) {
		return run(raw, respondentCounts, Progress.NONE);
	}

	/**
	 * As {@link #run(double[][], int[])}, telling {@code progress} every
	 * {@link #PROGRESS_EVERY} runs (and after the last) how many are done.
	 * @throws java.util.concurrent.CancellationException when {@code progress} says stop
	 */
	public SensitivityResult run(double[][] raw, int[] respondentCounts, Progress progress) {
		ScoringParameters parameters = scorer.parameters();
		int runs = parameters.sensitivityRuns();
		int units = raw.length;
		boolean[] inBlock = scorer.enoughResponses(respondentCounts);
		List<Normalisation> methods = parameters.sensitivityMethodList();
		double[] baseWeights = scorer.engine().componentWeights().weights();
		double[] weights = new double[baseWeights.length];
		double[][] rankSamples = new double[units][runs];
		SurveyScorer.Workspace ws = scorer.new Workspace(units);
		SplittableRandom random = new SplittableRandom(parameters.seed());
		Progress.Counter counter = new Progress.Counter(progress, runs);
		for (int run = 0; run < runs; run++) {
			if (run > 0 && run % PROGRESS_EVERY == 0) {
				counter.add(PROGRESS_EVERY);
			}
			Normalisation method = methods.get(random.nextInt(methods.size()));
			boolean winsorise = parameters.sensitivityVariesWinsorisation() ? random.nextBoolean()
					: parameters.winsorise();
			for (int c = 0; c < weights.length; c++) {
				weights[c] = baseWeights[c] * (1 + parameters.weightVariation() * (2 * random.nextDouble() - 1));
			}
			scorer.scoreInto(ws, raw, inBlock, method, winsorise, null);
			WeightedTotal total = WeightedTotal.of(weights);
			for (int u = 0; u < units; u++) {
				ws.scores[u] = inBlock[u] ? total.total(ws.components[u]) : Double.NaN;
			}
			int[] ranks = Ranking.ranks(ws.scores);
			for (int u = 0; u < units; u++) {
				rankSamples[u][run] = ranks[u] == Ranking.UNRANKED ? Double.NaN : ranks[u];
			}
		}
		counter.add(runs - (runs - 1) / PROGRESS_EVERY * PROGRESS_EVERY);
		double[] medians = new double[units];
		RankInterval[] ranges = new RankInterval[units];
		for (int u = 0; u < units; u++) {
			medians[u] = Stats.median(rankSamples[u]);
			ranges[u] = Bootstrap.rankInterval(rankSamples[u]);
		}
		return new SensitivityResult(runs, medians, ranges);
	}

}
