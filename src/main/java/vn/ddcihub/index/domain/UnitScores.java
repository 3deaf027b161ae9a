package vn.ddcihub.index.domain;

/**
 * One assessed unit's stored result in an edition: component scores aligned with the
 * edition's components (NaN when missing) and the published total and rank when they were
 * imported.
 */
public record UnitScores(String code, String name, Long organisationId, double[] scores, Double publishedTotal,
		Integer publishedRank) {
}
