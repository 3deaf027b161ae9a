package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * Normalisation of one indicator across a block to 1–10 (chuẩn hoá chỉ tiêu), by
 * {@link Normalisation}. The <em>block</em> is the units flagged {@code inBlock} (enough
 * responses) with a value; every unit with a value is scored against it, the others keep
 * NaN.
 *
 * <ul>
 * <li>{@code MIN_MAX}: min and max of the block; thuận {@code 1 + 9·(x − min)/(max −
 * min)}, nghịch {@code 1 + 9·(max − x)/(max − min)}, clamped to 1–10 (only units outside
 * the block can fall outside).</li>
 * <li>{@code POOLED_MIN_MAX}: as MIN_MAX with min = the smaller of the block's and the
 * given min, max = the larger of the block's and the given max.</li>
 * <li>{@code GOALPOSTS}: as MIN_MAX with the given min and max only.</li>
 * <li>{@code Z_SCORE}: {@code z = (x − mean)/s} with the block's mean and sample standard
 * deviation s (n − 1), negated for nghịch; score {@code 5.5 + 1.5·z} clamped to 1–10, so
 * the block mean scores 5.5 and ±3 s reach the ends of the scale. Needs at least 2 block
 * values.</li>
 * <li>{@code RANK}: {@code r = 1 + L + E/2}, L the number of other block values that are
 * worse (smaller for thuận, larger for nghịch), E the number of other block values equal
 * to x — the fractional rank with ties averaged, 1 = worst; {@code m} = number of other
 * block values + 1; score {@code 1 + 9·(r − 1)/(m − 1)} (10 when m = 1).</li>
 * </ul>
 * <b>All-equal rule</b>, the same for every method: when the block values of an indicator
 * are all equal (max = min, s = 0, or all ranks tied) — and for GOALPOSTS when the given
 * min equals the given max — every unit with a value gets 10: nobody did worse than
 * anybody else, and a flat indicator neither pulls the block down nor separates units.
 * With no block value (or no given anchor where one is needed) every score is NaN.
 */
public final class Normaliser {

	/** Score of the block mean under {@link Normalisation#Z_SCORE}. */
	public static final double Z_CENTRE = 5.5;

	/** Points per standard deviation under {@link Normalisation#Z_SCORE}. */
	public static final double Z_SPREAD = 1.5;

	private Normaliser() {
	}

	/**
	 * Normalises every indicator of {@code raw[unit][indicator]} into
	 * {@code out[unit][indicator]}; {@code given} holds the pooled or goalpost anchors
	 * (may be {@code null} for the other methods).
	 */
	static void normalise(Normalisation method, double[][] raw, boolean[] inBlock, ScoringEngine engine, Anchors given,
			double[][] out, double[] column, double[] scores, double[] scratch) {
		int indicators = engine.indicatorCount();
		for (int i = 0; i < indicators; i++) {
			for (int u = 0; u < raw.length; u++) {
				column[u] = raw[u][i];
			}
			double givenMin = given == null ? Double.NaN : given.min(i);
			double givenMax = given == null ? Double.NaN : given.max(i);
			normaliseColumn(method, column, inBlock, engine.isReversed(i), givenMin, givenMax, scores, scratch);
			for (int u = 0; u < raw.length; u++) {
				out[u][i] = scores[u];
			}
		}
	}

	/**
	 * Normalises one indicator's values per unit into {@code out} (same length);
	 * {@code scratch} needs room for one value per unit.
	 */
	public static void normaliseColumn(Normalisation method, double[] values, boolean[] inBlock, boolean reversed,
			double givenMin, double givenMax, double[] out, double[] scratch) {
		int n = blockValues(values, inBlock, scratch);
		switch (method) {
			case MIN_MAX -> minMax(values, blockMin(scratch, n), blockMax(scratch, n), reversed, out);
			case POOLED_MIN_MAX -> minMax(values, minIgnoringNaN(blockMin(scratch, n), givenMin),
					maxIgnoringNaN(blockMax(scratch, n), givenMax), reversed, out);
			case GOALPOSTS -> minMax(values, givenMin, givenMax, reversed, out);
			case Z_SCORE -> zScore(values, scratch, n, reversed, out);
			case RANK -> rank(values, inBlock, scratch, n, reversed, out);
		}
	}

	private static void minMax(double[] values, double min, double max, boolean reversed, double[] out) {
		for (int u = 0; u < values.length; u++) {
			out[u] = ScoringEngine.normalise(values[u], min, max, reversed);
		}
	}

	private static void zScore(double[] values, double[] block, int n, boolean reversed, double[] out) {
		double mean = 0;
		for (int k = 0; k < n; k++) {
			mean += block[k];
		}
		mean /= n;
		double squares = 0;
		for (int k = 0; k < n; k++) {
			double d = block[k] - mean;
			squares += d * d;
		}
		double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
		boolean allEqual = n > 0 && blockMin(block, n) == blockMax(block, n);
		for (int u = 0; u < values.length; u++) {
			double x = values[u];
			if (x != x || n == 0) {
				out[u] = Double.NaN;
			}
			else if (allEqual) {
				out[u] = 10.0;
			}
			else if (!(sd > 0)) {
				out[u] = Double.NaN;
			}
			else {
				double z = (reversed ? mean - x : x - mean) / sd;
				out[u] = clamp(Z_CENTRE + Z_SPREAD * z);
			}
		}
	}

	private static void rank(double[] values, boolean[] inBlock, double[] block, int n, boolean reversed,
			double[] out) {
		Arrays.sort(block, 0, n);
		boolean allEqual = n > 0 && block[0] == block[n - 1];
		for (int u = 0; u < values.length; u++) {
			double x = values[u];
			if (x != x || n == 0) {
				out[u] = Double.NaN;
				continue;
			}
			if (allEqual) {
				out[u] = 10.0;
				continue;
			}
			int below = Stats.lowerBound(block, n, x);
			int notAbove = Stats.upperBound(block, n, x);
			int equalOthers = notAbove - below;
			int others = n;
			if (inBlock[u]) {
				// the unit's own value is among the block values
				equalOthers--;
				others--;
			}
			int worse = reversed ? n - notAbove : below;
			double r = 1 + worse + equalOthers / 2.0;
			int m = others + 1;
			out[u] = m == 1 ? 10.0 : 1 + 9 * (r - 1) / (m - 1);
		}
	}

	/** Copies the present values of units in the block to {@code block}; their count. */
	private static int blockValues(double[] values, boolean[] inBlock, double[] block) {
		int n = 0;
		for (int u = 0; u < values.length; u++) {
			double x = values[u];
			if (inBlock[u] && x == x) {
				block[n++] = x;
			}
		}
		return n;
	}

	private static double blockMin(double[] block, int n) {
		double min = Double.NaN;
		for (int k = 0; k < n; k++) {
			if (!(block[k] >= min)) {
				min = block[k];
			}
		}
		return min;
	}

	private static double blockMax(double[] block, int n) {
		double max = Double.NaN;
		for (int k = 0; k < n; k++) {
			if (!(block[k] <= max)) {
				max = block[k];
			}
		}
		return max;
	}

	private static double clamp(double score) {
		return score < 1.0 ? 1.0 : Math.min(score, 10.0);
	}

	private static double minIgnoringNaN(double a, double b) {
		return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
	}

	private static double maxIgnoringNaN(double a, double b) {
		return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
	}

}
