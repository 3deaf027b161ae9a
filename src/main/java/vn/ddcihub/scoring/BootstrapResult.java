package vn.ddcihub.scoring;

/**
 * Point scores of a block with bootstrap percentile intervals (khoảng bất định do chọn
 * mẫu), units in input order: per unit and component {@code components[unit][component]}
 * and {@code componentRanks[unit][component]}, per unit {@code totals[unit]} and
 * {@code totalRanks[unit]}. The arrays are owned by this result: read them, do not modify
 * them.
 */
public record BootstrapResult(ScoringResult point, int replicates, Interval[][] components, Interval[] totals,
		RankInterval[][] componentRanks, RankInterval[] totalRanks) {
}
