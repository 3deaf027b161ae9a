package vn.ddcihub.scoring;

/**
 * Scores of one block (kết quả chấm điểm), units in input order: normalised indicator
 * scores 1–10 {@code [unit][indicator]}, component scores 1–10 {@code [unit][component]},
 * totals on the 100-point scale {@code [unit]}, and competition ranks of components and
 * totals ({@link Ranking#UNRANKED} where the score is missing). NaN marks a missing
 * score. The arrays are owned by this result: read them, do not modify them.
 */
public record ScoringResult(double[][] normalised, double[][] components, double[] totals, int[][] componentRanks,
		int[] totalRanks) {

	public int unitCount() {
		return totals.length;
	}

	public double component(int unit, int component) {
		return components[unit][component];
	}

	public double total(int unit) {
		return totals[unit];
	}

	public int componentRank(int unit, int component) {
		return componentRanks[unit][component];
	}

	public int totalRank(int unit) {
		return totalRanks[unit];
	}
}
