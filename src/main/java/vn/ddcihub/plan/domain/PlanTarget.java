package vn.ddcihub.plan.domain;

import java.util.List;

import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.VietnameseFormat;

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

	/** The words are always those of the score, also for targets stored before. */
	public PlanTarget {
		taskMarker = TargetInput.marker(taskMarker);
		targetText = wording(targetScore, targetText);
	}

	/**
	 * The target in words, derived from its one number ("đạt trên 7,80 điểm"), so the
	 * text can never say another score than the plan counts with; a target without a
	 * score keeps the words it was given.
	 */
	static String wording(Double targetScore, String givenText) {
		if (targetScore != null) {
			return "đạt trên " + VietnameseFormat.decimal(targetScore) + " điểm";
		}
		return givenText == null ? "" : givenText.strip();
	}

}
