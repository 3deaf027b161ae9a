package vn.ddcihub.scoring;

/**
 * Outcome of a {@link Sensitivity} analysis, units in input order: the median of each
 * unit's total rank over the runs (type 7, so it may end in .5; NaN for a unit never
 * ranked) and its 5th–95th percentile rank range widened to whole ranks
 * ({@link Ranking#UNRANKED} bounds when never ranked). The arrays are owned by this
 * result: read them, do not modify them.
 */
public record SensitivityResult(int runs, double[] medianRanks, RankInterval[] rankRanges) {
}
