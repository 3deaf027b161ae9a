package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * Weighted total of component scores (điểm tổng hợp DDCI) on the 100-point scale:
 * {@code total = Σ wᵢ·cᵢ / Σ wᵢ × 10}, summed over the components that are present (not
 * NaN). With 8 equal weights this is {@code Σ cᵢ × 1.25}. Weights are relative (they need
 * not sum to 1 or 100); they must be finite, non-negative and not all zero.
 */
public final class WeightedTotal {

	/** Factor from the 1–10 component scale to the 10–100 total scale. */
	public static final double TOTAL_FACTOR = 10.0;

	private final double[] weights;

	private WeightedTotal(double[] weights) {
		this.weights = weights;
	}

	/** Equal weights for {@code components} components (the default). */
	public static WeightedTotal equalWeights(int components) {
		if (components < 1) {
			throw new IllegalArgumentException("A total needs at least one component, got " + components);
		}
		double[] weights = new double[components];
		Arrays.fill(weights, 1.0);
		return new WeightedTotal(weights);
	}

	/** Weights per component, e.g. PCI's 5, 5, 20, 5, 10, 5, 5, 20, 20, 5 (%). */
	public static WeightedTotal of(double... weights) {
		if (weights.length == 0) {
			throw new IllegalArgumentException("A total needs at least one component weight");
		}
		boolean anyPositive = false;
		for (int i = 0; i < weights.length; i++) {
			double weight = weights[i];
			if (Double.isNaN(weight) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException(
						"Weight of component " + (i + 1) + " must be a finite number, was " + weight);
			}
			if (weight < 0) {
				throw new IllegalArgumentException(
						"Weight of component " + (i + 1) + " must not be negative, was " + weight);
			}
			anyPositive |= weight > 0;
		}
		if (!anyPositive) {
			throw new IllegalArgumentException("Component weights must not all be zero");
		}
		return new WeightedTotal(weights.clone());
	}

	/** Number of components. */
	public int size() {
		return weights.length;
	}

	/** A copy of the weights. */
	public double[] weights() {
		return weights.clone();
	}

	/**
	 * Total of one unit's component scores over the present ones; NaN when no component
	 * with a positive weight is present.
	 */
	public double total(double[] componentScores) {
		if (componentScores.length != weights.length) {
			throw new IllegalArgumentException(
					"Expected " + weights.length + " component scores, got " + componentScores.length);
		}
		double weighted = 0;
		double weightSum = 0;
		for (int i = 0; i < weights.length; i++) {
			double score = componentScores[i];
			if (!Double.isNaN(score)) {
				weighted += weights[i] * score;
				weightSum += weights[i];
			}
		}
		return weightSum > 0 ? weighted / weightSum * TOTAL_FACTOR : Double.NaN;
	}

}
