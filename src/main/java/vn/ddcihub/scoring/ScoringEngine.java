package vn.ddcihub.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * Scores a block of units from raw indicator values (chấm điểm DDCI từ giá trị chỉ tiêu).
 *
 * <ul>
 * <li>Normalisation to 1–10 per indicator across the block: thuận
 * {@code 1 + 9·(x − min)/(max − min)}, nghịch {@code 1 + 9·(max − x)/(max − min)}. When
 * max = min every unit with a value gets 10: nobody did worse than anybody else, and a
 * flat indicator should neither pull the block down nor separate units. With anchors
 * passed in (e.g. pooled over several years) a value outside them is clamped to
 * 1–10.</li>
 * <li>Component score: weighted mean of the unit's present normalised indicators of that
 * component (indicator weights, 1 by default); NaN when none is present.</li>
 * <li>Total: {@link WeightedTotal} of the present components, 100-point scale.</li>
 * <li>Ranks: {@link Ranking} at the published 2 decimals, per component and for the
 * total.</li>
 * </ul>
 * Raw input is {@code double[unit][indicator]} in the order of the indicator list; NaN =
 * missing. Instances are immutable and thread-safe.
 */
public final class ScoringEngine {

	private final List<Indicator> indicators;

	private final int[] componentOf;

	private final boolean[] reversed;

	private final double[] indicatorWeight;

	private final WeightedTotal totalWeights;

	/** An engine with equal component weights. */
	public ScoringEngine(List<Indicator> indicators, int componentCount) {
		this(indicators, WeightedTotal.equalWeights(componentCount));
	}

	/** An engine whose component count is that of {@code totalWeights}. */
	public ScoringEngine(List<Indicator> indicators, WeightedTotal totalWeights) {
		this.indicators = List.copyOf(indicators);
		this.totalWeights = totalWeights;
		int count = this.indicators.size();
		componentOf = new int[count];
		reversed = new boolean[count];
		indicatorWeight = new double[count];
		double[] weightPerComponent = new double[totalWeights.size()];
		for (int i = 0; i < count; i++) {
			Indicator indicator = this.indicators.get(i);
			if (indicator.componentIndex() >= totalWeights.size()) {
				throw new IllegalArgumentException("Indicator " + indicator.code() + " belongs to component index "
						+ indicator.componentIndex() + " but there are only " + totalWeights.size() + " components");
			}
			componentOf[i] = indicator.componentIndex();
			reversed[i] = indicator.polarity() == Polarity.NGHICH;
			indicatorWeight[i] = indicator.weight();
			weightPerComponent[componentOf[i]] += indicator.weight();
		}
		for (int c = 0; c < weightPerComponent.length; c++) {
			if (!(weightPerComponent[c] > 0)) {
				throw new IllegalArgumentException("Component index " + c + " has no indicator with a positive weight");
			}
		}
	}

	public List<Indicator> indicators() {
		return indicators;
	}

	public int indicatorCount() {
		return componentOf.length;
	}

	public int componentCount() {
		return totalWeights.size();
	}

	/** Scores {@code raw[unit][indicator]} with anchors taken from the block itself. */
	public ScoringResult score(double[][] raw) {
		return score(raw, Anchors.from(raw, indicatorCount()));
	}

	/**
	 * Scores {@code raw[unit][indicator]} with the given (e.g. pooled multi-year)
	 * anchors.
	 */
	public ScoringResult score(double[][] raw, Anchors anchors) {
		if (anchors.size() != indicatorCount()) {
			throw new IllegalArgumentException(
					"Anchors cover " + anchors.size() + " indicators, engine has " + indicatorCount());
		}
		int units = raw.length;
		double[][] normalised = new double[units][indicatorCount()];
		double[][] components = new double[units][componentCount()];
		double[] totals = new double[units];
		scoreInto(raw, anchors.minArray(), anchors.maxArray(), normalised, components, totals);
		int[][] componentRanks = new int[units][componentCount()];
		rankComponents(components, componentRanks, new double[units]);
		return new ScoringResult(normalised, components, totals, componentRanks, Ranking.ranks(totals));
	}

	/**
	 * Normalised 1–10 score of one raw value; NaN when the value or the anchors are
	 * missing.
	 */
	public static double normalise(double x, double min, double max, Polarity polarity) {
		return normalise(x, min, max, polarity == Polarity.NGHICH);
	}

	/**
	 * Allocation-free core: fills normalised, component and total arrays sized by the
	 * caller.
	 */
	void scoreInto(double[][] raw, double[] min, double[] max, double[][] normalised, double[][] components,
			double[] totals) {
		int indicatorCount = indicatorCount();
		for (int u = 0; u < raw.length; u++) {
			double[] values = raw[u];
			if (values.length != indicatorCount) {
				throw new IllegalArgumentException(
						"Unit " + u + ": expected " + indicatorCount + " indicator values, got " + values.length);
			}
			double[] scores = normalised[u];
			for (int i = 0; i < indicatorCount; i++) {
				scores[i] = normalise(values[i], min[i], max[i], reversed[i]);
			}
		}
		combineInto(normalised, components, totals);
	}

	/**
	 * Component scores (weighted mean of the present normalised indicators) and totals
	 * ({@link WeightedTotal}) from normalised scores {@code [unit][indicator]};
	 * allocation-free apart from two small scratch arrays.
	 */
	void combineInto(double[][] normalised, double[][] components, double[] totals) {
		int indicatorCount = indicatorCount();
		int componentCount = componentCount();
		double[] weightedSum = new double[componentCount];
		double[] weightSum = new double[componentCount];
		for (int u = 0; u < normalised.length; u++) {
			double[] scores = normalised[u];
			Arrays.fill(weightedSum, 0);
			Arrays.fill(weightSum, 0);
			for (int i = 0; i < indicatorCount; i++) {
				double score = scores[i];
				if (score == score) {
					int c = componentOf[i];
					weightedSum[c] += indicatorWeight[i] * score;
					weightSum[c] += indicatorWeight[i];
				}
			}
			double[] unitComponents = components[u];
			for (int c = 0; c < componentCount; c++) {
				unitComponents[c] = weightSum[c] > 0 ? weightedSum[c] / weightSum[c] : Double.NaN;
			}
			totals[u] = totalWeights.total(unitComponents);
		}
	}

	/** The component weights of the total. */
	public WeightedTotal componentWeights() {
		return totalWeights;
	}

	/** Whether indicator {@code i} is nghịch (a lower raw value is better). */
	boolean isReversed(int i) {
		return reversed[i];
	}

	/** The 0-based component of indicator {@code i}. */
	int componentOf(int i) {
		return componentOf[i];
	}

	/**
	 * Ranks each component column into {@code ranks[unit][component]}, using
	 * {@code column} as scratch.
	 */
	void rankComponents(double[][] components, int[][] ranks, double[] column) {
		for (int c = 0; c < componentCount(); c++) {
			for (int u = 0; u < components.length; u++) {
				column[u] = components[u][c];
			}
			int[] columnRanks = Ranking.ranks(column);
			for (int u = 0; u < components.length; u++) {
				ranks[u][c] = columnRanks[u];
			}
		}
	}

	/** Min–max rule of the class comment on one value; {@code reversed} for nghịch. */
	static double normalise(double x, double min, double max, boolean reversed) {
		if (Double.isNaN(x) || Double.isNaN(min) || Double.isNaN(max)) {
			return Double.NaN;
		}
		double range = max - min;
		if (range <= 0) {
			return 10.0;
		}
		double share = reversed ? (max - x) / range : (x - min) / range;
		double score = 1.0 + 9.0 * share;
		return score < 1.0 ? 1.0 : Math.min(score, 10.0);
	}

}
