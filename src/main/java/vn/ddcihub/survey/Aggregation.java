package vn.ddcihub.survey;

/**
 * How a unit's respondents' answers become the indicator's value: the share of favourable
 * answers, or the mean or median of a number or a scale.
 */
public enum Aggregation {

	SHARE_FAVOURABLE, MEAN, MEDIAN

}
