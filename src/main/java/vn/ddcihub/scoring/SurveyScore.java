package vn.ddcihub.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Scores of a block computed from respondents (kết quả chấm điểm từ phiếu khảo sát),
 * units in input order: the aggregated raw indicator values {@code raw[unit][indicator]}
 * before any treatment, each unit's number of respondents, whether it reached the minimum
 * number of responses (units below it are flagged: left out of the normalisation block,
 * unranked, without band, not in the medians), every value treated by winsorisation or
 * imputation, the {@link ScoringResult} (normalised scores after treatment, components,
 * totals, ranks), and the medians of components and total over the units with enough
 * responses. The arrays are owned by this result: read them, do not modify them.
 */
public record SurveyScore(double[][] raw, int[] respondentCounts, boolean[] enoughResponses, List<Treatment> treatments,
		ScoringResult scores, double[] componentMedians, double totalMedian) {

	/** Whether unit {@code unit} has fewer respondents than the minimum. */
	public boolean isFlagged(int unit) {
		return !enoughResponses[unit];
	}

	/** The band of a unit's total; empty for a flagged unit or a missing total. */
	public Optional<Band> band(int unit, Bands bands) {
		return isFlagged(unit) ? Optional.empty() : bands.bandOf(scores.total(unit));
	}

}
