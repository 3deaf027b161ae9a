package vn.ddcihub.plan.domain;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.Label;
import vn.ddcihub.shared.ScoreRules.Rank;
import vn.ddcihub.shared.ScoreRules.Score;

/**
 * What a coordinator enters for a component target; lengths follow plan_target's columns.
 */
public record TargetInput(
		@Label("plan.target.code") @NotBlank(message = "{validation.required}") @Size(max = 16,
				message = "{validation.tooLong}") String componentCode,
		@Label("plan.component") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String componentName,
		@Label("plan.target.order") @Min(value = 1, message = "{validation.atLeast}") Integer sortOrder,
		@Label("plan.target.baselineScore") @Score Double baselineScore,
		@Label("plan.target.baselineRank") @Rank Integer baselineRank,
		@Label("plan.target.score") @Score Double targetScore,
		@Label("plan.target.text") @Size(max = 255, message = "{validation.tooLong}") String targetText,
		@Label("plan.target.solutions") @Size(max = 10000, message = "{validation.tooLong}") String solutions,
		@Label("plan.externalParties") @Size(max = 1000, message = "{validation.tooLong}") String externalParties,
		@Label("plan.task.lead") List<Long> leadUnitIds,
		@Label("plan.task.coordinating") List<Long> coordinatingUnitIds,
		@Label("plan.target.taskMarker") @Pattern(regexp = "[+-]", message = "{validation.choose}") String taskMarker,
		@Label("plan.relatedUnitsToName") Boolean relatedUnitsToName) {

	/** The target as its form shows it, with the given baseline. */
	public static TargetInput of(PlanTarget t, Double baselineScore, Integer baselineRank) {
		return new TargetInput(t.componentCode(), t.componentName(), t.sortOrder(), baselineScore, baselineRank,
				t.targetScore(), t.targetText(), t.solutions(), t.externalParties(),
				t.leadUnits().stream().map(UnitRef::id).toList(),
				t.coordinatingUnits().stream().map(UnitRef::id).toList(), t.taskMarker(), t.relatedUnitsToName());
	}

	/** A blank target form. */
	public static TargetInput empty() {
		return new TargetInput("", "", null, null, null, null, "", "", "", List.of(), List.of(), "+", false);
	}

	/** "+" unless "-" is asked for: measures sit under the assignment line by default. */
	static String marker(String taskMarker) {
		return "-".equals(taskMarker) ? "-" : "+";
	}

	public boolean namesRelatedUnitsLater() {
		return Boolean.TRUE.equals(relatedUnitsToName);
	}
}
