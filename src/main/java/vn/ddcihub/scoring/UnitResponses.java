package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * One unit's respondent answers {@code [respondent][indicator]} laid out for fast
 * aggregation: one flat row-major array of values with NaN replaced by 0, a parallel
 * array of presence (1 answered, 0 not), and for each {@link Aggregation#MEDIAN}
 * indicator the answering respondents sorted by their answer. Aggregation with respondent
 * multiplicities ({@link #aggregate(int[], double[], double[], double[])}) is then a
 * branch-free sweep, which the bootstrap uses for its resamples.
 */
final class UnitResponses {

	private final int respondents;

	private final int indicators;

	private final double[] values;

	private final double[] present;

	private final boolean[] median;

	private final int[][] medianOrder;

	UnitResponses(double[][] answers, Aggregation[] aggregations) {
		this.respondents = answers.length;
		this.indicators = aggregations.length;
		this.values = new double[respondents * indicators];
		this.present = new double[respondents * indicators];
		this.median = new boolean[indicators];
		this.medianOrder = new int[indicators][];
		for (int r = 0; r < respondents; r++) {
			double[] row = answers[r];
			if (row.length != indicators) {
				throw new IllegalArgumentException(
						"Expected " + indicators + " indicator values per respondent, got " + row.length);
			}
			for (int i = 0; i < indicators; i++) {
				double x = row[i];
				if (x == x) {
					values[r * indicators + i] = x;
					present[r * indicators + i] = 1.0;
				}
			}
		}
		for (int i = 0; i < indicators; i++) {
			median[i] = aggregations[i] == Aggregation.MEDIAN;
			if (median[i]) {
				medianOrder[i] = sortedRespondents(answers, i);
			}
		}
	}

	int respondentCount() {
		return respondents;
	}

	/**
	 * The unit's indicator values into {@code out}, each respondent counted
	 * {@code multiplicity[r]} times ({@code null} = once each); {@code sum} and
	 * {@code count} are scratch of one entry per indicator.
	 */
	void aggregate(int[] multiplicity, double[] out, double[] sum, double[] count) {
		Arrays.fill(sum, 0);
		Arrays.fill(count, 0);
		int k = indicators;
		for (int r = 0; r < respondents; r++) {
			int times = multiplicity == null ? 1 : multiplicity[r];
			if (times == 0) {
				continue;
			}
			double w = times;
			int offset = r * k;
			for (int i = 0; i < k; i++) {
				sum[i] += w * values[offset + i];
				count[i] += w * present[offset + i];
			}
		}
		for (int i = 0; i < k; i++) {
			if (count[i] == 0) {
				out[i] = Double.NaN;
			}
			else if (median[i]) {
				out[i] = median(i, multiplicity, (long) count[i]);
			}
			else {
				out[i] = sum[i] / count[i];
			}
		}
	}

	/**
	 * Type-7 median of indicator {@code i} over the answering respondents with their
	 * multiplicities: the order statistics at h = (N − 1)/2, interpolated.
	 */
	private double median(int i, int[] multiplicity, long total) {
		int[] order = medianOrder[i];
		long low = (total - 1) / 2;
		boolean odd = (total - 1) % 2 == 0;
		long seen = 0;
		for (int k = 0; k < order.length; k++) {
			int r = order[k];
			seen += multiplicity == null ? 1 : multiplicity[r];
			if (seen > low) {
				double lowValue = values[r * indicators + i];
				if (odd || seen > low + 1) {
					return lowValue;
				}
				for (int next = k + 1; next < order.length; next++) {
					int s = order[next];
					if (multiplicity == null || multiplicity[s] > 0) {
						return lowValue + 0.5 * (values[s * indicators + i] - lowValue);
					}
				}
				return lowValue;
			}
		}
		return Double.NaN;
	}

	/**
	 * The answering respondents of indicator {@code i} in ascending order of their
	 * answer, without boxing: each respondent takes the next free slot of its value's
	 * first position in the sorted answers.
	 */
	private static int[] sortedRespondents(double[][] answers, int i) {
		double[] sorted = new double[answers.length];
		int n = 0;
		for (double[] row : answers) {
			if (!Double.isNaN(row[i])) {
				sorted[n++] = row[i];
			}
		}
		Arrays.sort(sorted, 0, n);
		int[] order = new int[n];
		int[] taken = new int[n];
		for (int r = 0; r < answers.length; r++) {
			double x = answers[r][i];
			if (!Double.isNaN(x)) {
				int first = Stats.lowerBound(sorted, n, x);
				order[first + taken[first]++] = r;
			}
		}
		return order;
	}

}
