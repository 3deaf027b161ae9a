package vn.ddcihub.index.domain;

import java.util.List;
import java.util.Optional;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi.Interval;
import vn.ddcihub.index.IntervalGroups;
import vn.ddcihub.index.domain.EditionDefinition.BandDef;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;

/**
 * Everything computed for one edition and block (kết quả kỳ đánh giá): every unit's
 * scores, total, ranks, band and year-on-year changes, and the block statistics per
 * component and for the total. Missing numbers are null.
 */
public record EditionResults(int year, Block block, String name, boolean illustrative, List<ComponentDef> components,
		List<BandDef> bands, Integer previousYear, List<UnitResult> units, List<ColumnStats> componentStats,
		ColumnStats totalStats) {

	/**
	 * One unit's line of the league table.
	 *
	 * @param computedTotal Σ wᵢ·cᵢ / Σ wᵢ × 10 rounded to 2 decimals
	 * @param publishedTotal the imported published total, authoritative when present
	 * @param total the total used for ranks and bands: published, else computed
	 * @param totalDifference published − computed, when both exist
	 */
	public record UnitResult(String code, String name, Long organisationId, List<Double> scores, List<Integer> ranks,
			List<Boolean> belowMedian, Double computedTotal, Double publishedTotal, Double total,
			Double totalDifference, int totalRank, Integer publishedRank, String band, Double previousTotal,
			Integer previousRank, Double totalChange, Integer rankChange, List<Double> scoreChanges, boolean ranked,
			Integer respondents, ScoreIntervals intervals) {

		public int belowMedianCount() {
			return (int) belowMedian.stream().filter(Boolean::booleanValue).count();
		}

		/** The 90 % interval of the total, null when none. */
		public Interval totalInterval() {
			return intervals == null ? null : intervals.total();
		}

		/** The 90 % interval of the rank (low = best), null when none. */
		public Interval rankInterval() {
			return intervals == null ? null : intervals.rank();
		}

		/** The 90 % interval of component {@code index}, null when none. */
		public Interval componentInterval(int index) {
			return intervals == null ? null : intervals.component(index);
		}
	}

	/**
	 * Block statistics of one column; {@code scoreAtRank10} is the score of the unit
	 * ranked 10th.
	 */
	public record ColumnStats(String code, int count, Double min, Double q1, Double median, Double q3, Double max,
			Double mean, Double scoreAtRank10) {
	}

	/** Whether any unit has a respondent count (results published from a survey). */
	public boolean hasRespondents() {
		return units.stream().anyMatch(u -> u.respondents() != null);
	}

	/** Whether any unit has 90 % intervals. */
	public boolean hasIntervals() {
		return units.stream().anyMatch(u -> u.intervals() != null && !u.intervals().isEmpty());
	}

	/**
	 * Runs of neighbours in rank order that cannot be told apart (their total intervals
	 * overlap, {@link IntervalGroups}).
	 */
	public List<List<UnitResult>> indistinctGroups() {
		return IntervalGroups.of(units.stream().filter(u -> u.totalRank() > 0).toList(), UnitResult::totalInterval);
	}

	public int unitCount() {
		return units.size();
	}

	public Optional<UnitResult> unit(String code) {
		return units.stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst();
	}
}
