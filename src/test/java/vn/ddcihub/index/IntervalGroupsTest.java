package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ddcihub.index.IndexApi.Interval;

class IntervalGroupsTest {

	private static final Map<String, Interval> TOTALS = Map.of("A", new Interval(80, 84), "B", new Interval(78, 81),
			"C", new Interval(76, 79), "D", new Interval(60, 65), "E", new Interval(59, 61));

	private static List<String> units(String... codes) {
		return Arrays.asList(codes);
	}

	@Test
	void neighboursWithOverlappingIntervalsChainIntoOneGroup() {
		assertThat(IntervalGroups.of(units("A", "B", "C", "D", "E"), TOTALS::get))
			.containsExactly(List.of("A", "B", "C"), List.of("D", "E"));
	}

	@Test
	void aUnitWithoutIntervalIsNeverGrouped() {
		assertThat(IntervalGroups.of(units("A", "X", "B"), TOTALS::get)).isEmpty();
	}

	@Test
	void aUnitCannotBeToldApartOnlyFromThoseItsOwnIntervalOverlaps() {
		// A and C share the group through B, yet their intervals do not overlap
		assertThat(IntervalGroups.overlapping("A", units("A", "B", "C", "D", "E"), TOTALS::get)).containsExactly("B");
		assertThat(IntervalGroups.overlapping("B", units("A", "B", "C", "D", "E"), TOTALS::get)).containsExactly("A",
				"C");
		assertThat(IntervalGroups.overlapping("X", units("A", "X"), TOTALS::get)).isEmpty();
	}

}
