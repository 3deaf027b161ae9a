package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * Block statistics of a score column (thống kê khối): min, quartiles, median (trung vị),
 * max, mean.
 *
 * <p>
 * Quantiles use linear interpolation between order statistics, Hyndman–Fan type 7 — the
 * method of Excel {@code QUARTILE.INC}/{@code PERCENTILE.INC} and R's default: for sorted
 * values x<sub>0</sub>…x<sub>n−1</sub>, h = (n − 1)·p and Q(p) = x<sub>⌊h⌋</sub> + (h −
 * ⌊h⌋)(x<sub>⌊h⌋+1</sub> − x<sub>⌊h⌋</sub>). Missing values (NaN) are ignored everywhere;
 * with no value left every statistic is NaN.
 */
public final class Stats {

	private Stats() {
	}

	/**
	 * Summary of a column: count of present values and the statistics; all NaN when count
	 * is 0.
	 */
	public record Summary(int count, double min, double q1, double median, double q3, double max, double mean) {

		/**
		 * Below median (dưới trung vị): {@code score < median}, strictly; NaN is never
		 * below.
		 */
		public boolean isBelowMedian(double score) {
			return Stats.isBelowMedian(score, median);
		}
	}

	/** Summary statistics of {@code values}, ignoring NaN. */
	public static Summary of(double[] values) {
		double[] sorted = sortedPresent(values);
		int n = sorted.length;
		if (n == 0) {
			return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		double sum = 0;
		for (double value : sorted) {
			sum += value;
		}
		return new Summary(n, sorted[0], quantileOfSorted(sorted, n, 0.25), quantileOfSorted(sorted, n, 0.5),
				quantileOfSorted(sorted, n, 0.75), sorted[n - 1], sum / n);
	}

	/**
	 * Median of {@code values}, ignoring NaN (the mean of the two middle values when n is
	 * even).
	 */
	public static double median(double[] values) {
		return quantile(values, 0.5);
	}

	/**
	 * Type-7 quantile at probability {@code p} in [0, 1] of {@code values}, ignoring NaN.
	 */
	public static double quantile(double[] values, double p) {
		double[] sorted = sortedPresent(values);
		return quantileOfSorted(sorted, sorted.length, p);
	}

	/**
	 * Type-7 quantile of the first {@code n} values of an ascending array without NaN;
	 * NaN when {@code n} is 0. Allocation-free, for hot loops such as bootstrap
	 * percentiles.
	 */
	public static double quantileOfSorted(double[] sorted, int n, double p) {
		if (p < 0 || p > 1 || Double.isNaN(p)) {
			throw new IllegalArgumentException("Quantile probability must be in [0, 1], was " + p);
		}
		if (n == 0) {
			return Double.NaN;
		}
		double h = (n - 1) * p;
		int low = (int) Math.floor(h);
		if (low >= n - 1) {
			return sorted[n - 1];
		}
		return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
	}

	/**
	 * Below median (dưới trung vị): {@code score < median}, strictly; NaN on either side
	 * is never below.
	 */
	public static boolean isBelowMedian(double score, double median) {
		return score < median;
	}

	private static double[] sortedPresent(double[] values) {
		double[] present = new double[values.length];
		int n = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				present[n++] = value;
			}
		}
		double[] sorted = Arrays.copyOf(present, n);
		Arrays.sort(sorted);
		return sorted;
	}

	/** The first position of {@code sorted[0..n)} whose value is not below {@code x}. */
	static int lowerBound(double[] sorted, int n, double x) {
		int low = 0;
		int high = n;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < x) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** The first position of {@code sorted[0..n)} whose value is above {@code x}. */
	static int upperBound(double[] sorted, int n, double x) {
		int low = 0;
		int high = n;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] <= x) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
