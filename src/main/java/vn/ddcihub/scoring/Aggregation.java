package vn.ddcihub.scoring;

/**
 * How a unit's indicator value is formed from its respondents' answers (cách gộp câu trả
 * lời). NaN answers (not answered, not applicable) are left out; with no answer left the
 * value is NaN.
 */
public enum Aggregation {

	/**
	 * Share of answering respondents whose answer is favourable: the survey layer codes
	 * each answer 1.0 (favourable) or 0.0, so the value is their mean, in [0, 1].
	 */
	SHARE_FAVOURABLE,
	/** Arithmetic mean of the answers (e.g. a Likert rating, days, money). */
	MEAN,
	/**
	 * Median of the answers, Hyndman–Fan type 7 (the mean of the two middle answers when
	 * their count is even), as {@link Stats#median(double[])}.
	 */
	MEDIAN

}
