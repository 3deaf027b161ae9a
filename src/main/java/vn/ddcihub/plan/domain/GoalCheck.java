package vn.ddcihub.plan.domain;

import java.util.List;

/**
 * The plan's goals against its baseline (mục tiêu so với điểm xuất phát): gaps to the
 * total score and rank goals, the total implied by the component targets and whether it
 * reaches the goal, and per component whether a below-median component's target reaches
 * the goal rank.
 *
 * @param source INDEX when computed live from the index results, PLAN when from the
 * baselines stored on the plan with equal weights (no index edition available)
 * @param illustrative the index edition's peer data are illustrative, and so are the
 * ranks, medians and scores needed computed from them
 */
public record GoalCheck(String source, Integer unitCount, Double baselineTotal, Integer baselineRank,
		Double totalMedian, Double goalTotalScore, Double gapToTotalScore, Integer goalTotalRank,
		Integer rankStepsToGoal, Double impliedTotal, Boolean targetsMeetTotal, Integer belowMedianIntoRank,
		Boolean belowMedianRuleMet, List<ComponentCheck> components, boolean illustrative) {

	/** Below-median components whose target does not reach the goal rank, by name. */
	public List<ComponentCheck> targetsShortOfGoalRank() {
		return components.stream().filter(c -> Boolean.FALSE.equals(c.targetReachesGoalRank())).toList();
	}

	/**
	 * @param scoreForGoalRank score that reaches the below-median goal rank (index only)
	 * @param targetReachesGoalRank whether the target reaches it (null when not checkable
	 * or not below median)
	 * @param weight the component's weight in the total (the edition's, or 1 when the
	 * plan's own baselines are used)
	 */
	public record ComponentCheck(String code, String name, Double baselineScore, Integer baselineRank, Double median,
			Boolean belowMedian, Double targetScore, Double gapToTarget, Double scoreForGoalRank,
			Boolean targetReachesGoalRank, Double weight) {
	}
}
