package vn.ddcihub.index.domain;

import java.util.List;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.PlannedTargets.TargetPlan;

/**
 * A unit's profile in an edition (hồ sơ đơn vị): total, rank, band, every component
 * against the block (rank k/n, median, gap to median, best score, score of the unit at
 * rank 10, target, year-on-year change) and the rank trend over the editions up to this
 * one. The targets are those of the organisation's plan starting from this edition
 * ({@code targetPlan}, which links to them).
 */
public record UnitProfile(int year, Block block, String editionName, boolean illustrative, String code, String name,
		Long organisationId, int unitCount, Double total, Double computedTotal, Double publishedTotal, int totalRank,
		Double totalMedian, String band, Double totalChange, Integer rankChange, int belowMedianCount,
		List<ComponentProfile> components, Double targetTotal, TargetPlan targetPlan, List<TrendPoint> trend) {

	/**
	 * The same profile without the unit's own targets, for users outside its
	 * organisation.
	 */
	UnitProfile withoutTargets() {
		return new UnitProfile(year, block, editionName, illustrative, code, name, organisationId, unitCount, total,
				computedTotal, publishedTotal, totalRank, totalMedian, band, totalChange, rankChange, belowMedianCount,
				components.stream().map(ComponentProfile::withoutTarget).toList(), null, null, trend);
	}

	public record ComponentProfile(String code, String nameVi, String nameEn, double weight, Double score, Integer rank,
			int unitCount, Double median, Double gapToMedian, boolean belowMedian, Double best, Double scoreAtRank10,
			Double target, Double change) {

		ComponentProfile withoutTarget() {
			return new ComponentProfile(code, nameVi, nameEn, weight, score, rank, unitCount, median, gapToMedian,
					belowMedian, best, scoreAtRank10, null, change);
		}
	}

	public record TrendPoint(int year, Double total, int rank, int unitCount) {
	}
}
