package vn.ddcihub.plan;

import java.util.List;

/**
 * A plan's target for one component index as other capabilities read it: the baseline of
 * the starting edition, the target score and its words ("đạt trên 7,80 điểm"), and who
 * leads and coordinates it.
 */
public record ComponentTarget(long id, String componentCode, String componentName, int sortOrder, Double baselineScore,
		Integer baselineRank, Double targetScore, String targetText, List<UnitRef> leadUnits,
		List<UnitRef> coordinatingUnits) {
}
