package vn.ddcihub.plan.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.PlannedTargets;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;

/**
 * Gives the index the component targets of a plan, so a target is entered only in the
 * plan and the unit's profile shows the same number. Of several plans starting from one
 * edition, the issued one counts, else the newest draft.
 */
@Component
class PlanTargetsForIndex implements PlannedTargets {

	private final PlanRepository plans;

	PlanTargetsForIndex(PlanRepository plans) {
		this.plans = plans;
	}

	@Override
	public Optional<TargetPlan> startingFrom(long organisationId, int baselineYear) {
		return plans.plans(organisationId)
			.stream()
			.filter(plan -> plan.baselineYear() == baselineYear)
			.min(Comparator.comparing((Plan plan) -> plan.status() != PlanStatus.ISSUED)
				.thenComparing(Plan::id, Comparator.reverseOrder()))
			.map(this::targetPlan);
	}

	private TargetPlan targetPlan(Plan plan) {
		String href = "/plans/" + plan.id();
		Map<String, Target> byComponent = new LinkedHashMap<>();
		plans.targets(plan.id(), unitId -> null)
			.stream()
			.filter(target -> target.targetScore() != null)
			.forEach(target -> byComponent.put(target.componentCode(),
					new Target(target.targetScore(), href + "#target-" + target.id())));
		return new TargetPlan(plan.numberSymbol(), plan.targetYear(), href, byComponent);
	}

}
