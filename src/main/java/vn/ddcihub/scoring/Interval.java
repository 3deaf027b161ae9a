package vn.ddcihub.scoring;

/**
 * A percentile interval of a score (khoảng tin cậy); NaN bounds when the score is never
 * present.
 */
public record Interval(double lower, double upper) {

	/** Whether {@code value} lies within the bounds, inclusive. */
	public boolean contains(double value) {
		return lower <= value && value <= upper;
	}
}
