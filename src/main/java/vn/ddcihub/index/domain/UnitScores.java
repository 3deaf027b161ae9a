package vn.ddcihub.index.domain;

/**
 * One assessed unit's stored result in an edition: component scores aligned with the
 * edition's components (NaN when missing) and the published total and rank when they were
 * imported. Results published from a survey also carry the number of respondents, whether
 * the unit reached the minimum number of responses ({@code ranked}; a unit below it keeps
 * its scores but has no rank) and its 90 % intervals (null when none).
 */
public record UnitScores(String code, String name, Long organisationId, double[] scores, Double publishedTotal,
		Integer publishedRank, boolean ranked, Integer respondents, ScoreIntervals intervals) {

	/** A result without survey data: ranked, no respondents, no intervals. */
	public UnitScores(String code, String name, Long organisationId, double[] scores, Double publishedTotal,
			Integer publishedRank) {
		this(code, name, organisationId, scores, publishedTotal, publishedRank, true, null, null);
	}

	/** Whether the result comes from a survey, whose ranks are the ones published. */
	boolean fromSurvey() {
		return respondents != null;
	}

}
