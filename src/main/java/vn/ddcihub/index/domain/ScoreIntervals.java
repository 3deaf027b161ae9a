package vn.ddcihub.index.domain;

import java.util.List;

import vn.ddcihub.index.IndexApi.Interval;

/**
 * A unit's 90 % bootstrap intervals (khoảng tin cậy 90 %) from a survey: per component
 * (null where not computed), of the total and of the rank (low = best rank).
 */
public record ScoreIntervals(List<Interval> components, Interval total, Interval rank) {

	/** Whether any interval is known. */
	public boolean isEmpty() {
		return total == null && rank == null && (components == null || components.stream().allMatch(c -> c == null));
	}

	/** The interval of component {@code index}, null when not computed. */
	public Interval component(int index) {
		return components == null || index >= components.size() ? null : components.get(index);
	}

}
