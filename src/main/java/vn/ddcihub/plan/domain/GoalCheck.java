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
 */
public record GoalCheck(String source, Integer unitCount, Double baselineTotal, Integer baselineRank,
		Double totalMedian, Double goalTotalScore, Double gapToTotalScore, Integer goalTotalRank,
		Integer rankStepsToGoal, Double impliedTotal, Boolean targetsMeetTotal, Integer belowMedianIntoRank,
		Boolean belowMedianRuleMet, List<ComponentCheck> components) {

	/**
	 * @param scoreForGoalRank score that reaches the below-median goal rank (index only)
	 * @param targetReachesGoalRank whether the target reaches it (null when not checkable
	 * or not below median)
	 */
	public record ComponentCheck(String code, String name, Double baselineScore, Integer baselineRank, Double median,
			Boolean belowMedian, Double targetScore, Double gapToTarget, Double scoreForGoalRank,
			Boolean targetReachesGoalRank) {
	}
}
