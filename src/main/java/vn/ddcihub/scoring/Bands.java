package vn.ddcihub.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Banding of totals (xếp nhóm): a total belongs to the band with the highest lower bound
 * that is ≤ the total. The total is first rounded to the published 2 decimals, so a
 * published 70.00 is never banded below 70. A total under the lowest bound, or NaN, has
 * no band.
 */
public final class Bands {

	private final List<Band> descending;

	/** Bands in any order; lower bounds must be distinct. */
	public Bands(List<Band> bands) {
		if (bands.isEmpty()) {
			throw new IllegalArgumentException("At least one band is needed");
		}
		List<Band> sorted = new ArrayList<>(bands);
		sorted.sort(Comparator.comparingDouble(Band::lowerBound).reversed());
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).lowerBound() == sorted.get(i - 1).lowerBound()) {
				throw new IllegalArgumentException("Bands " + sorted.get(i - 1).label() + " and "
						+ sorted.get(i).label() + " share the lower bound " + sorted.get(i).lowerBound());
			}
		}
		this.descending = List.copyOf(sorted);
	}

	/**
	 * Common DDCI bands (inferred, configure per edition): Rất tốt ≥ 80, Tốt ≥ 70, Khá ≥
	 * 60, Trung bình ≥ 50, Thấp below 50 (down to 0).
	 */
	public static Bands ddciDefault() {
		return new Bands(List.of(new Band("Rất tốt", 80), new Band("Tốt", 70), new Band("Khá", 60),
				new Band("Trung bình", 50), new Band("Thấp", 0)));
	}

	/** The band of {@code total}, empty when it is NaN or under the lowest bound. */
	public Optional<Band> bandOf(double total) {
		if (Double.isNaN(total)) {
			return Optional.empty();
		}
		double published = Rounding.halfUp(total, Rounding.PUBLISHED_SCALE);
		for (Band band : descending) {
			if (band.lowerBound() <= published) {
				return Optional.of(band);
			}
		}
		return Optional.empty();
	}

	/** The bands from the highest lower bound down. */
	public List<Band> bands() {
		return descending;
	}

}
