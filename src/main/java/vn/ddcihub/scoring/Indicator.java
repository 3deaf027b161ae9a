package vn.ddcihub.scoring;

import java.util.Objects;

/**
 * An indicator (chỉ tiêu) of an edition: its {@code code}, the 0-based index of the
 * component (chỉ số thành phần) it belongs to, its polarity (thuận / nghịch) and its
 * weight within the component (1 by default; relative, finite, non-negative).
 */
public record Indicator(String code, int componentIndex, Polarity polarity, double weight) {

	public Indicator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(polarity, "polarity");
		if (componentIndex < 0) {
			throw new IllegalArgumentException(
					"Indicator " + code + ": component index must be ≥ 0, was " + componentIndex);
		}
		if (Double.isNaN(weight) || Double.isInfinite(weight) || weight < 0) {
			throw new IllegalArgumentException(
					"Indicator " + code + ": weight must be a finite non-negative number, was " + weight);
		}
	}

	/** An indicator with weight 1 within its component. */
	public Indicator(String code, int componentIndex, Polarity polarity) {
		this(code, componentIndex, polarity, 1.0);
	}
}
