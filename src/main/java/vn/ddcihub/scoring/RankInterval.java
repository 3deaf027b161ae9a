package vn.ddcihub.scoring;

/**
 * A percentile interval of a rank, as whole ranks: {@code best} (the smaller number) to
 * {@code worst}; both {@link Ranking#UNRANKED} when the unit is never ranked.
 */
public record RankInterval(int best, int worst) {

	/** Whether {@code rank} lies within the bounds, inclusive. */
	public boolean contains(int rank) {
		return best <= rank && rank <= worst;
	}
}
