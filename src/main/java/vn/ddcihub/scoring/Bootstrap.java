package vn.ddcihub.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Respondent bootstrap of a block's scores (ước lượng bất định bằng bootstrap).
 *
 * <p>
 * Each of the {@code B} replicates resamples respondents with replacement within every
 * unit (as many draws as the unit has respondents) and repeats every step of
 * {@link SurveyScorer} on the resample — indicator aggregation, winsorisation,
 * imputation, the normalisation anchors (or means, deviations, ranks) of the block,
 * components, totals and ranks. Units keep their flag: a unit's respondent count does not
 * change under resampling. The interval of each statistic runs from its 5th to its 95th
 * percentile over the replicates (a 90 % interval; type-7 interpolation, see
 * {@link Stats}); rank bounds are widened to whole ranks (best rounded down, worst
 * rounded up). Replicates where a statistic is missing are left out of its interval.
 *
 * <p>
 * Reproducible: replicate b draws from the b-th {@link SplittableRandom#split()} of
 * {@code new SplittableRandom(seed)}, so the same seed and input give exactly the same
 * intervals however the replicates are spread over threads. They run on up to two threads
 * (this machine's cores) when the work is large enough to gain from it.
 */
public final class Bootstrap {

	/** Lower percentile of the reported intervals. */
	public static final double LOWER_PERCENTILE = 0.05;

	/** Upper percentile of the reported intervals. */
	public static final double UPPER_PERCENTILE = 0.95;

	private static final int MAX_THREADS = 2;

	/** Replicates whose unit values are aggregated together, unit by unit. */
	private static final int BATCH = 32;

	/** Below this many answers × replicates a second thread costs more than it saves. */
	private static final long PARALLEL_THRESHOLD = 20_000_000L;

	private final SurveyScorer scorer;

	private final int replicates;

	private final long seed;

	/** A bootstrap with the scorer's replicate count and seed. */
	public Bootstrap(SurveyScorer scorer) {
		this(scorer, scorer.parameters().bootstrapReplicates(), scorer.parameters().seed());
	}

	public Bootstrap(SurveyScorer scorer, int replicates, long seed) {
		if (replicates < 1) {
			throw new IllegalArgumentException("At least one bootstrap replicate is needed, was " + replicates);
		}
		this.scorer = scorer;
		this.replicates = replicates;
		this.seed = seed;
	}

	/**
	 * A bootstrap of the engine's indicators, each unit's value being the mean of its
	 * respondents' answers, min–max normalised, no minimum number of responses.
	 */
	public Bootstrap(ScoringEngine engine, int replicates, long seed) {
		this(meanScorer(engine, Normalisation.MIN_MAX, null), replicates, seed);
	}

	/** Point scores and intervals. */
	public BootstrapResult run(double[][][] responses) {
		return run(scorer, responses, Progress.NONE);
	}

	/**
	 * Point scores and intervals, telling {@code progress} after each batch of replicates
	 * how many are done; the same numbers as {@link #run(double[][][])}.
	 * @throws java.util.concurrent.CancellationException when {@code progress} says stop
	 */
	public BootstrapResult run(double[][][] responses, Progress progress) {
		return run(scorer, responses, progress);
	}

	/**
	 * As {@link #run(double[][][])} with {@link Normalisation#POOLED_MIN_MAX}: min–max
	 * anchors pooled with {@code otherYears} (the fixed anchors of the other pooled
	 * years; {@code null} for none).
	 */
	public BootstrapResult run(double[][][] responses, Anchors otherYears) {
		if (otherYears == null) {
			return run(responses);
		}
		return run(scorer.withAnchors(Normalisation.POOLED_MIN_MAX, otherYears), responses, Progress.NONE);
	}

	/**
	 * Raw indicator values per unit: the mean of its respondents' present values, NaN if
	 * none.
	 */
	public static double[][] unitMeans(double[][][] responses, int indicatorCount) {
		Aggregation[] means = new Aggregation[indicatorCount];
		Arrays.fill(means, Aggregation.MEAN);
		double[][] raw = new double[responses.length][indicatorCount];
		double[] sum = new double[indicatorCount];
		double[] count = new double[indicatorCount];
		for (int u = 0; u < responses.length; u++) {
			new UnitResponses(responses[u], means).aggregate(null, raw[u], sum, count);
		}
		return raw;
	}

	private static SurveyScorer meanScorer(ScoringEngine engine, Normalisation method, Anchors given) {
		List<IndicatorSpec> specs = engine.indicators()
			.stream()
			.map(i -> new IndicatorSpec(i.code(), i.componentIndex(), i.polarity(), i.weight(), Aggregation.MEAN))
			.toList();
		return new SurveyScorer(specs, engine.componentWeights(),
				ScoringParameters.defaults().withNormalisation(method).withMinResponses(0), given);
	}

	private BootstrapResult run(SurveyScorer scorer, double[][][] responses, Progress progress) {
		UnitResponses[] units = scorer.prepare(responses);
		SurveyScore point = scorer.score(units);
		Samples samples = new Samples(units.length, scorer.engine().componentCount(), replicates);
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom[] streams = new SplittableRandom[replicates];
		for (int b = 0; b < replicates; b++) {
			streams[b] = root.split();
		}
		int threads = threadsFor(units, scorer.specs().size());
		int chunk = (replicates + threads - 1) / threads;
		Progress.Counter counter = new Progress.Counter(progress, replicates);
		IntStream.range(0, threads)
			.parallel()
			.forEach(t -> replicate(scorer, units, point.enoughResponses(), streams, t * chunk,
					Math.min(replicates, (t + 1) * chunk), samples, counter));
		return samples.result(point, replicates);
	}

	private int threadsFor(UnitResponses[] units, int indicators) {
		long answers = 0;
		for (UnitResponses unit : units) {
			answers += (long) unit.respondentCount() * indicators;
		}
		int cores = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
		return answers * replicates >= PARALLEL_THRESHOLD ? Math.max(1, cores) : 1;
	}

	/**
	 * Replicates {@code [from, to)} in batches: each unit's answers are swept for every
	 * replicate of a batch while they are in the CPU cache, then the batch's replicates
	 * are scored. Replicate b draws its units in input order from {@code streams[b]}, so
	 * the batching does not change any number.
	 */
	private static void replicate(SurveyScorer scorer, UnitResponses[] units, boolean[] inBlock,
			SplittableRandom[] streams, int from, int to, Samples samples, Progress.Counter counter) {
		SurveyScorer.Workspace ws = scorer.new Workspace(units.length);
		int maxRespondents = 0;
		for (UnitResponses unit : units) {
			maxRespondents = Math.max(maxRespondents, unit.respondentCount());
		}
		int[] multiplicity = new int[maxRespondents];
		double[][][] batchRaw = new double[BATCH][units.length][scorer.specs().size()];
		Normalisation method = scorer.parameters().normalisation();
		boolean winsorise = scorer.parameters().winsorise();
		for (int start = from; start < to; start += BATCH) {
			int end = Math.min(to, start + BATCH);
			for (int u = 0; u < units.length; u++) {
				int n = units[u].respondentCount();
				for (int b = start; b < end; b++) {
					SplittableRandom random = streams[b];
					Arrays.fill(multiplicity, 0, n, 0);
					for (int draw = 0; draw < n; draw++) {
						multiplicity[random.nextInt(n)]++;
					}
					units[u].aggregate(multiplicity, batchRaw[b - start][u], ws.sum, ws.count);
				}
			}
			for (int b = start; b < end; b++) {
				scorer.scoreInto(ws, batchRaw[b - start], inBlock, method, winsorise, null);
				scorer.rankInto(ws, inBlock);
				samples.record(b, ws);
			}
			counter.add(end - start);
		}
	}

	/** Replicate values per statistic, {@code [statistic][replicate]}. */
	private static final class Samples {

		private final int components;

		private final double[][] component;

		private final double[][] componentRank;

		private final double[][] total;

		private final double[][] totalRank;

		Samples(int units, int components, int replicates) {
			this.components = components;
			component = new double[units * components][replicates];
			componentRank = new double[units * components][replicates];
			total = new double[units][replicates];
			totalRank = new double[units][replicates];
		}

		void record(int b, SurveyScorer.Workspace ws) {
			for (int u = 0; u < total.length; u++) {
				for (int c = 0; c < components; c++) {
					component[u * components + c][b] = ws.components[u][c];
					componentRank[u * components + c][b] = rankOrNaN(ws.componentRanks[u][c]);
				}
				total[u][b] = ws.totals[u];
				totalRank[u][b] = rankOrNaN(ws.totalRanks[u]);
			}
		}

		BootstrapResult result(SurveyScore point, int replicates) {
			int units = total.length;
			Interval[][] componentIntervals = new Interval[units][components];
			RankInterval[][] componentRankIntervals = new RankInterval[units][components];
			Interval[] totalIntervals = new Interval[units];
			RankInterval[] totalRankIntervals = new RankInterval[units];
			for (int u = 0; u < units; u++) {
				for (int c = 0; c < components; c++) {
					componentIntervals[u][c] = interval(component[u * components + c]);
					componentRankIntervals[u][c] = rankInterval(componentRank[u * components + c]);
				}
				totalIntervals[u] = interval(total[u]);
				totalRankIntervals[u] = rankInterval(totalRank[u]);
			}
			return new BootstrapResult(point.scores(), replicates, componentIntervals, totalIntervals,
					componentRankIntervals, totalRankIntervals, point);
		}

	}

	private static double rankOrNaN(int rank) {
		return rank == Ranking.UNRANKED ? Double.NaN : rank;
	}

	/**
	 * Sorts {@code samples} in place (NaN last) and reads the percentiles of the present
	 * ones.
	 */
	static Interval interval(double[] samples) {
		int present = sortPresent(samples);
		return new Interval(Stats.quantileOfSorted(samples, present, LOWER_PERCENTILE),
				Stats.quantileOfSorted(samples, present, UPPER_PERCENTILE));
	}

	/** As {@link #interval(double[])} for ranks, widened to whole ranks. */
	static RankInterval rankInterval(double[] samples) {
		int present = sortPresent(samples);
		if (present == 0) {
			return new RankInterval(Ranking.UNRANKED, Ranking.UNRANKED);
		}
		return new RankInterval((int) Math.floor(Stats.quantileOfSorted(samples, present, LOWER_PERCENTILE)),
				(int) Math.ceil(Stats.quantileOfSorted(samples, present, UPPER_PERCENTILE)));
	}

	private static int sortPresent(double[] samples) {
		Arrays.sort(samples);
		int present = samples.length;
		while (present > 0 && Double.isNaN(samples[present - 1])) {
			present--;
		}
		return present;
	}

}
