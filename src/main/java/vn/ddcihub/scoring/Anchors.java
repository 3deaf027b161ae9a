package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * Normalisation anchors (giá trị biên): the min and max raw value of each indicator.
 * Taken from the block of one edition, or pooled over several years (e.g. Quảng Ninh 2021
 * pooled 2019–2021) so small blocks stay comparable. NaN min/max means the indicator has
 * no value at all.
 */
public final class Anchors {

	private final double[] min;

	private final double[] max;

	private Anchors(double[] min, double[] max) {
		this.min = min;
		this.max = max;
	}

	/** Anchors given explicitly per indicator. */
	public static Anchors of(double[] min, double[] max) {
		if (min.length != max.length) {
			throw new IllegalArgumentException(
					"min and max need one value per indicator: " + min.length + " vs " + max.length);
		}
		for (int i = 0; i < min.length; i++) {
			if (min[i] > max[i]) {
				throw new IllegalArgumentException("Indicator " + i + ": min " + min[i] + " is above max " + max[i]);
			}
		}
		return new Anchors(min.clone(), max.clone());
	}

	/**
	 * Min and max of each indicator over the units of {@code raw[unit][indicator]},
	 * ignoring NaN.
	 */
	public static Anchors from(double[][] raw, int indicatorCount) {
		double[] min = new double[indicatorCount];
		double[] max = new double[indicatorCount];
		fill(raw, min, max);
		return new Anchors(min, max);
	}

	/**
	 * Anchors pooled over several years' matrices {@code raw[unit][indicator]} (same
	 * indicators).
	 */
	public static Anchors pooled(int indicatorCount, double[][]... rawByYear) {
		Anchors pooled = new Anchors(nanArray(indicatorCount), nanArray(indicatorCount));
		for (double[][] raw : rawByYear) {
			pooled = pooled.union(from(raw, indicatorCount));
		}
		return pooled;
	}

	/**
	 * Anchors spanning both: the smaller min and the larger max per indicator (NaN
	 * ignored).
	 */
	public Anchors union(Anchors other) {
		if (other.size() != size()) {
			throw new IllegalArgumentException(
					"Anchors cover different indicator counts: " + size() + " vs " + other.size());
		}
		double[] newMin = new double[size()];
		double[] newMax = new double[size()];
		for (int i = 0; i < size(); i++) {
			newMin[i] = minIgnoringNaN(min[i], other.min[i]);
			newMax[i] = maxIgnoringNaN(max[i], other.max[i]);
		}
		return new Anchors(newMin, newMax);
	}

	public int size() {
		return min.length;
	}

	public double min(int indicator) {
		return min[indicator];
	}

	public double max(int indicator) {
		return max[indicator];
	}

	/**
	 * Fills {@code min} and {@code max} from {@code raw}; allocation-free for hot loops.
	 */
	static void fill(double[][] raw, double[] min, double[] max) {
		Arrays.fill(min, Double.NaN);
		Arrays.fill(max, Double.NaN);
		for (double[] unit : raw) {
			if (unit.length != min.length) {
				throw new IllegalArgumentException(
						"Expected " + min.length + " indicator values per unit, got " + unit.length);
			}
			for (int i = 0; i < min.length; i++) {
				double x = unit[i];
				if (x < min[i] || Double.isNaN(min[i])) {
					min[i] = x;
				}
				if (x > max[i] || Double.isNaN(max[i])) {
					max[i] = x;
				}
			}
		}
	}

	/** The internal arrays, read-only, for hot loops in this package. */
	double[] minArray() {
		return min;
	}

	double[] maxArray() {
		return max;
	}

	private static double[] nanArray(int size) {
		double[] values = new double[size];
		Arrays.fill(values, Double.NaN);
		return values;
	}

	private static double minIgnoringNaN(double a, double b) {
		return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
	}

	private static double maxIgnoringNaN(double a, double b) {
		return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
	}

}
