package vn.ddcihub.scoring;

import java.util.Objects;

/**
 * One band (nhóm xếp loại), e.g. "Tốt" from 70 points: totals at or above
 * {@code lowerBound} fall in it unless a higher band takes them.
 */
public record Band(String label, double lowerBound) {

	public Band {
		Objects.requireNonNull(label, "label");
		if (label.isBlank()) {
			throw new IllegalArgumentException("Band label must not be blank");
		}
		if (Double.isNaN(lowerBound)) {
			throw new IllegalArgumentException("Lower bound of band " + label + " must be a number");
		}
	}
}
