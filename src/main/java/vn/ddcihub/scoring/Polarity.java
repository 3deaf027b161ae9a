package vn.ddcihub.scoring;

/** Direction of an indicator (chiều của chỉ tiêu). */
public enum Polarity {

	/** Thuận: a higher raw value is better (e.g. share of businesses satisfied). */
	THUAN,
	/**
	 * Nghịch: a lower raw value is better (e.g. days to get a licence, share paying
	 * informal fees).
	 */
	NGHICH

}
