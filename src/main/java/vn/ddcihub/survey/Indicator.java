package vn.ddcihub.survey;

/**
 * An indicator (chỉ tiêu) measured by the survey: the component (chỉ số thành phần) of
 * the edition it counts in, its direction, weight within the component and how the
 * answers of a unit's respondents become its value.
 */
public record Indicator(long id, String code, String name, String componentCode, Polarity polarity, double weight,
		Aggregation aggregation, int sort) {
}
