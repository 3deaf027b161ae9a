package vn.ddcihub.execution.domain;

/**
 * Whether a result reaches what the plan set (đạt / chưa đạt), or cannot be told yet
 * because the plan sets nothing or no edition has a result.
 */
public enum Achievement {

	ACHIEVED, NOT_ACHIEVED, UNKNOWN;

	/**
	 * A score reaches its target when it is at least the target ("đạt trên 7,80 điểm").
	 */
	public static Achievement ofScore(Double target, Double score) {
		if (target == null || score == null) {
			return UNKNOWN;
		}
		return score >= target ? ACHIEVED : NOT_ACHIEVED;
	}

	/** A rank reaches its goal when it is the goal or better (top 10: rank 1 to 10). */
	public static Achievement ofRank(Integer goalRank, Integer rank) {
		if (goalRank == null || rank == null) {
			return UNKNOWN;
		}
		return rank <= goalRank ? ACHIEVED : NOT_ACHIEVED;
	}

	/** As the document writes it. */
	public String words() {
		return switch (this) {
			case ACHIEVED -> "đạt";
			case NOT_ACHIEVED -> "chưa đạt";
			case UNKNOWN -> "chưa có kết quả";
		};
	}

}
