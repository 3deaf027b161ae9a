package vn.ddcihub.plan.domain;

import java.util.List;

/** What a coordinator enters for a component target. */
public record TargetInput(String componentCode, String componentName, Integer sortOrder, Double baselineScore,
		Integer baselineRank, Double targetScore, String targetText, String solutions, String externalParties,
		List<Long> leadUnitIds, List<Long> coordinatingUnitIds) {
}
