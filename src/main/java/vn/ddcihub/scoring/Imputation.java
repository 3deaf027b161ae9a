package vn.ddcihub.scoring;

/**
 * What to do with a unit's missing indicator value (xử lý giá trị thiếu). Every filled
 * value is listed as a {@link Treatment}.
 */
public enum Imputation {

	/**
	 * Leave it missing: the component is the weighted mean of the unit's present
	 * indicators.
	 */
	NONE,
	/**
	 * Before normalisation, the raw value becomes the mean of that indicator over the
	 * block's units with enough responses (NaN ignored).
	 */
	BLOCK_MEAN,
	/**
	 * After normalisation, the score becomes the plain mean of the unit's present
	 * normalised scores of the other indicators of the same component.
	 */
	COMPONENT_MEAN

}
