package vn.ddcihub.scoring;

import java.util.Arrays;

/**
 * Competition ranking within a block (xếp hạng trong khối): higher score is better, tied
 * units share the better rank and the next rank is skipped (scores 9, 8, 8, 7 → ranks 1,
 * 2, 2, 4).
 *
 * <p>
 * Ties are judged on scores rounded half-up to {@code scale} decimals, because ranks are
 * read off published scores; the default is {@link Rounding#PUBLISHED_SCALE}. A missing
 * score (NaN) is unranked: its rank is {@link #UNRANKED} and it does not count towards
 * the others' ranks, so the block size {@code n} in "k/n" is
 * {@link #rankedCount(double[])}.
 */
public final class Ranking {

	/** Rank given to a unit without a score. */
	public static final int UNRANKED = 0;

	private Ranking() {
	}

	/** Ranks of {@code scores} compared at the published scale (2 decimals). */
	public static int[] ranks(double[] scores) {
		return ranks(scores, Rounding.PUBLISHED_SCALE);
	}

	/**
	 * Ranks of {@code scores} compared after rounding to {@code scale} decimals; NaN →
	 * {@link #UNRANKED}.
	 */
	public static int[] ranks(double[] scores, int scale) {
		long[] keys = new long[scores.length];
		long[] sorted = new long[scores.length];
		int present = 0;
		for (int i = 0; i < scores.length; i++) {
			if (!Double.isNaN(scores[i])) {
				keys[i] = Rounding.key(scores[i], scale);
				sorted[present++] = keys[i];
			}
		}
		Arrays.sort(sorted, 0, present);
		int[] ranks = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			if (!Double.isNaN(scores[i])) {
				ranks[i] = 1 + present - upperBound(sorted, present, keys[i]);
			}
		}
		return ranks;
	}

	/**
	 * Rank that {@code score} would take among {@code others} plus itself: 1 + the number
	 * of others whose rounded score is strictly higher. NaN among others is ignored; a
	 * NaN score is unranked.
	 */
	public static int rankAmong(double score, double[] others, int scale) {
		if (Double.isNaN(score)) {
			return UNRANKED;
		}
		long key = Rounding.key(score, scale);
		int better = 0;
		for (double other : others) {
			if (!Double.isNaN(other) && Rounding.key(other, scale) > key) {
				better++;
			}
		}
		return better + 1;
	}

	/** Number of units with a score, the {@code n} of "rank k/n". */
	public static int rankedCount(double[] scores) {
		int count = 0;
		for (double score : scores) {
			if (!Double.isNaN(score)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Index of the first element greater than {@code key} in the ascending prefix
	 * {@code sorted[0, length)}.
	 */
	private static int upperBound(long[] sorted, int length, long key) {
		int low = 0;
		int high = length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] <= key) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
