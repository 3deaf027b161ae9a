package vn.ddcihub.plan.domain;

import java.util.List;

import vn.ddcihub.plan.UnitRef;

/**
 * A component target (chỉ tiêu chỉ số thành phần): the baseline score and rank of the
 * starting edition, the target ("đạt trên 7,80 điểm"), lead (chủ trì) and coordinating
 * (phối hợp) units, outside bodies and the solutions text (nhiệm vụ, giải pháp).
 *
 * @param taskMarker the bullet its measures carry in the plan: "+" under the assignment
 * line, "-" when they stand beside it
 * @param relatedUnitsToName "các phòng, đơn vị liên quan" still to be named, not every
 * unit
 */
public record PlanTarget(long id, long planId, String componentCode, String componentName, int sortOrder,
		Double baselineScore, Integer baselineRank, Double targetScore, String targetText, String solutions,
		String externalParties, List<UnitRef> leadUnits, List<UnitRef> coordinatingUnits, String taskMarker,
		boolean relatedUnitsToName) {

	public PlanTarget {
		taskMarker = TargetInput.marker(taskMarker);
	}
}
