package vn.ddcihub.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Point scores of a block with bootstrap 90 % percentile intervals (khoảng bất định do
 * chọn mẫu), units in input order: per unit and component
 * {@code components[unit][component]} and {@code componentRanks[unit][component]}, per
 * unit {@code totals[unit]} and {@code totalRanks[unit]}; {@code survey} is the full
 * point result (flags, treatments, medians). The arrays are owned by this result: read
 * them, do not modify them.
 */
public record BootstrapResult(ScoringResult point, int replicates, Interval[][] components, Interval[] totals,
		RankInterval[][] componentRanks, RankInterval[] totalRanks, SurveyScore survey) {

	/**
	 * Whether two units cannot be told apart (không phân biệt được): both have a total
	 * interval and the two intervals overlap, i.e. {@code max(lowerᵢ, lowerⱼ) ≤
	 * min(upperᵢ, upperⱼ)}. Flagged units (too few responses) are never compared.
	 */
	public boolean indistinguishable(int unit, int other) {
		if (survey != null && (survey.isFlagged(unit) || survey.isFlagged(other))) {
			return false;
		}
		Interval a = totals[unit];
		Interval b = totals[other];
		if (Double.isNaN(a.lower()) || Double.isNaN(b.lower())) {
			return false;
		}
		return Math.max(a.lower(), b.lower()) <= Math.min(a.upper(), b.upper());
	}

	/** Every pair of units that cannot be told apart by {@link #indistinguishable}. */
	public List<UnitPair> indistinguishablePairs() {
		List<UnitPair> pairs = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			for (int j = i + 1; j < totals.length; j++) {
				if (indistinguishable(i, j)) {
					pairs.add(new UnitPair(i, j));
				}
			}
		}
		return pairs;
	}

}
