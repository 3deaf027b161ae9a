package vn.ddcihub.scoring;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Respondent bootstrap of a block's scores (ước lượng bất định bằng bootstrap).
 *
 * <p>
 * Input is {@code responses[unit][respondent][indicator]}: each respondent's contribution
 * to each indicator (e.g. 1/0 for agree, a rating, days), NaN where the respondent gave
 * none. A unit's raw indicator value is the mean of its respondents' present values. Each
 * of the {@code B} replicates resamples respondents with replacement within every unit
 * (same count as observed), recomputes the unit means, the min/max anchors, normalised
 * and component scores, totals and ranks. The interval of each statistic runs from its
 * 2.5th to its 97.5th percentile over the replicates (type-7 interpolation, see
 * {@link Stats}); rank bounds are widened to whole ranks (best rounded down, worst
 * rounded up). Replicates where a statistic is missing are left out of its interval.
 *
 * <p>
 * Deterministic: the same seed and input give the same result. Primitive arrays
 * throughout, no boxing in the replicate loop.
 */
public final class Bootstrap {

	/** Lower percentile of the reported intervals. */
	public static final double LOWER_PERCENTILE = 0.025;

	/** Upper percentile of the reported intervals. */
	public static final double UPPER_PERCENTILE = 0.975;

	private final ScoringEngine engine;

	private final int replicates;

	private final long seed;

	public Bootstrap(ScoringEngine engine, int replicates, long seed) {
		if (replicates < 1) {
			throw new IllegalArgumentException("At least one bootstrap replicate is needed, was " + replicates);
		}
		this.engine = engine;
		this.replicates = replicates;
		this.seed = seed;
	}

	/** Point scores and intervals, anchors taken from the block in each replicate. */
	public BootstrapResult run(double[][][] responses) {
		return run(responses, null);
	}

	/**
	 * As {@link #run(double[][][])}, with each replicate's anchors pooled with
	 * {@code otherYears} (the fixed anchors of the other pooled years; {@code null} for
	 * none).
	 */
	public BootstrapResult run(double[][][] responses, Anchors otherYears) {
		int units = responses.length;
		int indicators = engine.indicatorCount();
		int components = engine.componentCount();
		if (otherYears != null && otherYears.size() != indicators) {
			throw new IllegalArgumentException(
					"Anchors cover " + otherYears.size() + " indicators, engine has " + indicators);
		}

		double[][] pointRaw = unitMeans(responses, indicators);
		Anchors pointAnchors = Anchors.from(pointRaw, indicators);
		ScoringResult point = engine.score(pointRaw,
				otherYears == null ? pointAnchors : pointAnchors.union(otherYears));

		double[][] componentSamples = new double[units * components][replicates];
		double[][] componentRankSamples = new double[units * components][replicates];
		double[][] totalSamples = new double[units][replicates];
		double[][] totalRankSamples = new double[units][replicates];

		double[][] raw = new double[units][indicators];
		double[][] normalised = new double[units][indicators];
		double[][] componentScores = new double[units][components];
		double[] totals = new double[units];
		int[][] componentRanks = new int[units][components];
		double[] column = new double[units];
		double[] min = new double[indicators];
		double[] max = new double[indicators];
		double[] sum = new double[indicators];
		int[] count = new int[indicators];

		SplittableRandom random = new SplittableRandom(seed);
		for (int b = 0; b < replicates; b++) {
			for (int u = 0; u < units; u++) {
				resampleMeans(responses[u], random, raw[u], sum, count);
			}
			Anchors.fill(raw, min, max);
			if (otherYears != null) {
				widen(min, max, otherYears);
			}
			engine.scoreInto(raw, min, max, normalised, componentScores, totals);
			engine.rankComponents(componentScores, componentRanks, column);
			int[] totalRanks = Ranking.ranks(totals);
			for (int u = 0; u < units; u++) {
				for (int c = 0; c < components; c++) {
					componentSamples[u * components + c][b] = componentScores[u][c];
					componentRankSamples[u * components + c][b] = rankOrNaN(componentRanks[u][c]);
				}
				totalSamples[u][b] = totals[u];
				totalRankSamples[u][b] = rankOrNaN(totalRanks[u]);
			}
		}

		Interval[][] componentIntervals = new Interval[units][components];
		RankInterval[][] componentRankIntervals = new RankInterval[units][components];
		Interval[] totalIntervals = new Interval[units];
		RankInterval[] totalRankIntervals = new RankInterval[units];
		for (int u = 0; u < units; u++) {
			for (int c = 0; c < components; c++) {
				componentIntervals[u][c] = interval(componentSamples[u * components + c]);
				componentRankIntervals[u][c] = rankInterval(componentRankSamples[u * components + c]);
			}
			totalIntervals[u] = interval(totalSamples[u]);
			totalRankIntervals[u] = rankInterval(totalRankSamples[u]);
		}
		return new BootstrapResult(point, replicates, componentIntervals, totalIntervals, componentRankIntervals,
				totalRankIntervals);
	}

	/**
	 * Raw indicator values per unit: the mean of its respondents' present values, NaN if
	 * none.
	 */
	public static double[][] unitMeans(double[][][] responses, int indicatorCount) {
		double[][] raw = new double[responses.length][indicatorCount];
		double[] sum = new double[indicatorCount];
		int[] count = new int[indicatorCount];
		for (int u = 0; u < responses.length; u++) {
			Arrays.fill(sum, 0);
			Arrays.fill(count, 0);
			for (double[] respondent : responses[u]) {
				accumulate(respondent, sum, count);
			}
			means(sum, count, raw[u]);
		}
		return raw;
	}

	private static void resampleMeans(double[][] respondents, SplittableRandom random, double[] out, double[] sum,
			int[] count) {
		Arrays.fill(sum, 0);
		Arrays.fill(count, 0);
		int n = respondents.length;
		for (int draw = 0; draw < n; draw++) {
			accumulate(respondents[random.nextInt(n)], sum, count);
		}
		means(sum, count, out);
	}

	private static void accumulate(double[] respondent, double[] sum, int[] count) {
		if (respondent.length != sum.length) {
			throw new IllegalArgumentException(
					"Expected " + sum.length + " indicator values per respondent, got " + respondent.length);
		}
		for (int i = 0; i < sum.length; i++) {
			double value = respondent[i];
			if (value == value) {
				sum[i] += value;
				count[i]++;
			}
		}
	}

	private static void means(double[] sum, int[] count, double[] out) {
		for (int i = 0; i < sum.length; i++) {
			out[i] = count[i] > 0 ? sum[i] / count[i] : Double.NaN;
		}
	}

	private static void widen(double[] min, double[] max, Anchors other) {
		for (int i = 0; i < min.length; i++) {
			double otherMin = other.min(i);
			double otherMax = other.max(i);
			if (otherMin < min[i] || Double.isNaN(min[i])) {
				min[i] = otherMin;
			}
			if (otherMax > max[i] || Double.isNaN(max[i])) {
				max[i] = otherMax;
			}
		}
	}

	private static double rankOrNaN(int rank) {
		return rank == Ranking.UNRANKED ? Double.NaN : rank;
	}

	/**
	 * Sorts {@code samples} in place (NaN last) and reads the percentiles of the present
	 * ones.
	 */
	private static Interval interval(double[] samples) {
		int present = sortPresent(samples);
		return new Interval(Stats.quantileOfSorted(samples, present, LOWER_PERCENTILE),
				Stats.quantileOfSorted(samples, present, UPPER_PERCENTILE));
	}

	private static RankInterval rankInterval(double[] samples) {
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
