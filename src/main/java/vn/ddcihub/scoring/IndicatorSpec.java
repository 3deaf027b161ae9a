package vn.ddcihub.scoring;

import java.util.Objects;

/**
 * An indicator of a questionnaire as the scoring needs it: the {@link Indicator} fields
 * and the {@link Aggregation} that turns its respondents' answers into the unit's value.
 */
public record IndicatorSpec(String code, int componentIndex, Polarity polarity, double weight,
		Aggregation aggregation) {

	public IndicatorSpec {
		Objects.requireNonNull(aggregation, "aggregation");
		// the Indicator constructor checks the other fields
		new Indicator(code, componentIndex, polarity, weight);
	}

	/** The indicator without its aggregation, as {@link ScoringEngine} takes it. */
	public Indicator indicator() {
		return new Indicator(code, componentIndex, polarity, weight);
	}
}
