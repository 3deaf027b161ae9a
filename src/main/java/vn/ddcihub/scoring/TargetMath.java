package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * Target math for improvement plans (tính chỉ tiêu phấn đấu): the score that reaches a
 * rank, and the total implied by a set of component targets.
 *
 * <p>
 * Under the competition rule of {@link Ranking} a unit that equals the k-th best peer
 * score (both rounded to 2 decimals) shares that rank, so that score is enough for rank ≤
 * k.
 */
public final class TargetMath {

	private TargetMath() {
	}

	/**
	 * Minimum score that gives the unit rank ≤ {@code k} among {@code peerScores} (the
	 * other units of the block, without the unit itself; NaN ignored) plus itself: the
	 * k-th best peer score rounded to 2 decimals, but not less than the scale minimum.
	 * With fewer than k scored peers any score will do, so the scale minimum is returned.
	 */
	public static TargetGap scoreNeededForRank(double current, double[] peerScores, int k, ScoreScale scale) {
		return scoreNeededForRank(current, peerScores, k, scale, 0.0);
	}

	/**
	 * As {@link #scoreNeededForRank(double, double[], int, ScoreScale)}, but every peer
	 * first improves by {@code peerDelta} (e.g. the block's median year-on-year change,
	 * see {@link #medianChange(double[], double[])}). Improved peer scores are not
	 * capped, so the needed score may exceed the scale maximum and is then reported as
	 * not achievable.
	 */
	public static TargetGap scoreNeededForRank(double current, double[] peerScores, int k, ScoreScale scale,
			double peerDelta) {
		if (k < 1) {
			throw new IllegalArgumentException("Target rank must be at least 1, was " + k);
		}
		if (Double.isNaN(peerDelta) || Double.isInfinite(peerDelta)) {
			throw new IllegalArgumentException("Peer change must be a finite number, was " + peerDelta);
		}
		double kthBest = kthLargest(peerScores, k);
		double needed = Double.isNaN(kthBest) ? scale.min()
				: Math.max(scale.min(), Rounding.halfUp(kthBest + peerDelta, Rounding.PUBLISHED_SCALE));
		double gap = Rounding.halfUp(needed - current, Rounding.PUBLISHED_SCALE);
		return new TargetGap(needed, current, gap, needed <= scale.max());
	}

	/**
	 * Total implied by component targets (điểm tổng hợp dự kiến), rounded to the
	 * published 2 decimals: the seed's 2020 targets 7.80, 7.70, 6.50, 6.0, 7.5, 7.0, 6.3,
	 * 7.4 with equal weights give 70.25.
	 */
	public static double impliedTotal(double[] componentTargets, double[] weights) {
		return Rounding.halfUp(WeightedTotal.of(weights).total(componentTargets), Rounding.PUBLISHED_SCALE);
	}

	/**
	 * Median year-on-year change of a block: median of {@code current[i] − previous[i]}
	 * over units scored in both years (arrays aligned by unit); NaN when no unit is.
	 */
	public static double medianChange(double[] previous, double[] current) {
		if (previous.length != current.length) {
			throw new IllegalArgumentException(
					"Year columns must be aligned by unit: " + previous.length + " vs " + current.length);
		}
		double[] changes = new double[current.length];
		for (int i = 0; i < current.length; i++) {
			changes[i] = current[i] - previous[i];
		}
		return Stats.median(changes);
	}

	/** The k-th largest present value, NaN when fewer than k are present. */
	private static double kthLargest(double[] values, int k) {
		double[] ascending = new double[values.length];
		int present = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				ascending[present++] = value;
			}
		}
		if (present < k) {
			return Double.NaN;
		}
		Arrays.sort(ascending, 0, present);
		return ascending[present - k];
	}

}
