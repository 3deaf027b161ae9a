package vn.ddcihub.scoring;

import java.util.List;

/**
 * Outlier treatment by winsorisation (xử lý giá trị ngoại lai), the JRC / COINr rule, per
 * indicator over the block's values (units with enough responses, NaN ignored):
 *
 * <p>
 * While |skewness| ≥ {@link #SKEW_THRESHOLD} and kurtosis ≥ {@link #KURTOSIS_THRESHOLD},
 * the most extreme value on the side of the skew (the largest when skewness &gt; 0, else
 * the smallest) — with every value equal to it — is set to the next value inwards, unless
 * that would take the number of clipped values of the indicator above the cap (COINr's
 * {@code winmax}, default {@link #DEFAULT_CAP}). Skewness and kurtosis are the sample
 * statistics of Excel {@code SKEW} / {@code KURT}, with s the sample standard deviation:
 * {@code skew = n/((n−1)(n−2)) · Σ((x − x̄)/s)³} and
 * {@code kurt = n(n+1)/((n−1)(n−2)(n−3))
 * · Σ((x − x̄)/s)⁴ − 3(n−1)²/((n−2)(n−3))} (excess kurtosis); they need n ≥ 4 and s &gt;
 * 0, otherwise nothing is treated.
 */
public final class Winsorisation {

	/** Absolute skewness from which an indicator is treated. */
	public static final double SKEW_THRESHOLD = 2.0;

	/** Kurtosis from which an indicator is treated. */
	public static final double KURTOSIS_THRESHOLD = 3.5;

	/** Default cap on clipped values per indicator. */
	public static final int DEFAULT_CAP = 5;

	private Winsorisation() {
	}

	/** Sample skewness (Excel SKEW) of the first {@code n} values; NaN when undefined. */
	public static double skewness(double[] values, int n) {
		if (n < 3) {
			return Double.NaN;
		}
		double mean = mean(values, n);
		double s = Math.sqrt(centralSum(values, n, mean, 2) / (n - 1));
		if (!(s > 0)) {
			return Double.NaN;
		}
		return n / ((n - 1.0) * (n - 2.0)) * centralSum(values, n, mean, 3) / (s * s * s);
	}

	/**
	 * Sample excess kurtosis (Excel KURT) of the first {@code n} values; NaN when
	 * undefined.
	 */
	public static double kurtosis(double[] values, int n) {
		if (n < 4) {
			return Double.NaN;
		}
		double mean = mean(values, n);
		double variance = centralSum(values, n, mean, 2) / (n - 1);
		if (!(variance > 0)) {
			return Double.NaN;
		}
		double nn = n;
		return nn * (nn + 1) / ((nn - 1) * (nn - 2) * (nn - 3)) * centralSum(values, n, mean, 4) / (variance * variance)
				- 3 * (nn - 1) * (nn - 1) / ((nn - 2) * (nn - 3));
	}

	/**
	 * Treats every indicator of {@code raw[unit][indicator]} in place, looking only at
	 * units {@code inBlock}; adds a {@link Treatment} per changed value to {@code log}
	 * when it is not {@code null}. {@code block} and {@code owner} need room for one
	 * entry per unit.
	 */
	static void apply(double[][] raw, boolean[] inBlock, int cap, List<Treatment> log, double[] block, int[] owner) {
		int indicators = raw.length == 0 ? 0 : raw[0].length;
		for (int i = 0; i < indicators; i++) {
			int n = 0;
			for (int u = 0; u < raw.length; u++) {
				double x = raw[u][i];
				if (inBlock[u] && x == x) {
					block[n] = x;
					owner[n++] = u;
				}
			}
			if (treat(block, n, cap) == 0) {
				continue;
			}
			for (int k = 0; k < n; k++) {
				int u = owner[k];
				if (block[k] != raw[u][i]) {
					if (log != null) {
						log.add(new Treatment(u, i, Treatment.Kind.WINSORISED, raw[u][i], block[k]));
					}
					raw[u][i] = block[k];
				}
			}
		}
	}

	/**
	 * Winsorises the first {@code n} values in place (order kept); the number of values
	 * clipped.
	 */
	public static int treat(double[] values, int n, int cap) {
		int clipped = 0;
		while (true) {
			double skew = skewness(values, n);
			double kurt = kurtosis(values, n);
			if (!(Math.abs(skew) >= SKEW_THRESHOLD && kurt >= KURTOSIS_THRESHOLD)) {
				return clipped;
			}
			boolean high = skew > 0;
			double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
			for (int k = 0; k < n; k++) {
				extreme = high ? Math.max(extreme, values[k]) : Math.min(extreme, values[k]);
			}
			double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
			int ties = 0;
			for (int k = 0; k < n; k++) {
				double x = values[k];
				if (x == extreme) {
					ties++;
				}
				else {
					next = high ? Math.max(next, x) : Math.min(next, x);
				}
			}
			if (clipped + ties > cap || ties == n) {
				return clipped;
			}
			for (int k = 0; k < n; k++) {
				if (values[k] == extreme) {
					values[k] = next;
				}
			}
			clipped += ties;
		}
	}

	private static double mean(double[] values, int n) {
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += values[k];
		}
		return sum / n;
	}

	private static double centralSum(double[] values, int n, double mean, int power) {
		double sum = 0;
		for (int k = 0; k < n; k++) {
			double d = values[k] - mean;
			double p = d * d;
			if (power == 3) {
				p *= d;
			}
			else if (power == 4) {
				p *= p;
			}
			sum += p;
		}
		return sum;
	}

}
