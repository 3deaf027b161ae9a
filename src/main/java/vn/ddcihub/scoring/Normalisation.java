package vn.ddcihub.scoring;

/**
 * Method that puts every indicator on the 1–10 scale across a block (phương pháp chuẩn
 * hoá); the formulas are in {@link Normaliser}. Only units with at least the minimum
 * number of responses set the anchors, means, deviations or ranks; the others are scored
 * against them.
 */
public enum Normalisation {

	/** Min–max over the block with polarity (the default). */
	MIN_MAX,
	/** Min–max with anchors widened by those of other editions (pooled years). */
	POOLED_MIN_MAX,
	/** Fixed min and max per indicator (goalposts), values outside clamped. */
	GOALPOSTS,
	/** z-score over the block mapped to 1–10: {@code 5.5 + 1.5·z}, clamped. */
	Z_SCORE,
	/** Fractional rank over the block (ties averaged) mapped to 1–10. */
	RANK;

	/** Whether the method needs anchors given from outside the block. */
	public boolean needsGivenAnchors() {
		return this == POOLED_MIN_MAX || this == GOALPOSTS;
	}

}
