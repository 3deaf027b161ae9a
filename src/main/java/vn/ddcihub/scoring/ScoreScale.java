package vn.ddcihub.scoring;

/**
 * The range a score can take: 1–10 for component scores (thang điểm chỉ số thành phần),
 * 10–100 for totals (điểm tổng hợp).
 */
public record ScoreScale(double min, double max) {

	/** Component scores: 1 to 10. */
	public static final ScoreScale COMPONENT = new ScoreScale(1.0, 10.0);

	/** Totals: 10 to 100. */
	public static final ScoreScale TOTAL = new ScoreScale(10.0, 100.0);

	public ScoreScale {
		if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
			throw new IllegalArgumentException("A score scale needs min ≤ max, got " + min + ".." + max);
		}
	}
}
