package vn.ddcihub.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.ddcihub.index.IndexApi.Interval;

/**
 * Which units of a league table cannot be told apart (không phân biệt được): neighbours
 * in rank order whose 90 % intervals of the total overlap ({@link Interval#overlaps}) are
 * chained into one group; units without an interval are never grouped. The one rule the
 * index pages and the public portal state.
 */
public final class IntervalGroups {

	private IntervalGroups() {
	}

	/**
	 * The groups of two or more neighbours, in rank order.
	 * @param inRankOrder ranked units, best first
	 */
	public static <T> List<List<T>> of(List<T> inRankOrder, Function<T, Interval> interval) {
		List<List<T>> groups = new ArrayList<>();
		List<T> current = new ArrayList<>();
		T previous = null;
		for (T unit : inRankOrder) {
			Interval mine = interval.apply(unit);
			Interval theirs = previous == null ? null : interval.apply(previous);
			if (mine != null && theirs != null && mine.overlaps(theirs)) {
				if (current.isEmpty()) {
					current.add(previous);
				}
				current.add(unit);
			}
			else {
				close(groups, current);
				current = new ArrayList<>();
			}
			previous = unit;
		}
		close(groups, current);
		return groups;
	}

	/**
	 * The other units whose total interval overlaps that of {@code unit}, in rank order:
	 * those it cannot be told apart from itself (a group may chain further).
	 */
	public static <T> List<T> overlapping(T unit, List<T> inRankOrder, Function<T, Interval> interval) {
		Interval mine = interval.apply(unit);
		if (mine == null) {
			return List.of();
		}
		return inRankOrder.stream().filter(other -> other != unit).filter(other -> {
			Interval theirs = interval.apply(other);
			return theirs != null && theirs.overlaps(mine);
		}).toList();
	}

	private static <T> void close(List<List<T>> groups, List<T> current) {
		if (current.size() > 1) {
			groups.add(List.copyOf(current));
		}
	}

}
