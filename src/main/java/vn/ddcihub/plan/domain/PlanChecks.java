package vn.ddcihub.plan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.index.IndexApi.ComponentStanding;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.scoring.Rounding;
import vn.ddcihub.scoring.TargetMath;

/**
 * Checks a plan's goals live against the index (kiểm tra mục tiêu): when the index has
 * the baseline edition for the organisation's assessed unit, its scores, ranks and
 * medians are used and the targets are checked under the edition's weights; otherwise the
 * baselines stored on the plan are used with equal weights
 * ({@link TargetMath#impliedTotal}).
 */
@Component
public class PlanChecks {

	private final ObjectProvider<IndexApi> index;

	PlanChecks(ObjectProvider<IndexApi> index) {
		this.index = index;
	}

	/**
	 * The index standing of the organisation in a year, when an index with that edition
	 * is present.
	 */
	Optional<UnitStanding> standing(long organisationId, int year) {
		IndexApi api = index.getIfAvailable();
		if (api == null) {
			return Optional.empty();
		}
		try {
			return api.assessedUnitOf(organisationId).flatMap(ref -> api.standing(year, ref.block(), ref.code()));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The component codes a target of the plan may have: those of the index edition of
	 * its baseline year, else of its target year; empty when the index defines neither
	 * (then any code is accepted).
	 */
	List<String> componentCodes(Plan plan) {
		IndexApi api = index.getIfAvailable();
		if (api == null) {
			return List.of();
		}
		return api.assessedUnitOf(plan.organisationId()).map(ref -> {
			List<String> codes = api.componentCodes(plan.baselineYear(), ref.block());
			return codes.isEmpty() ? api.componentCodes(plan.targetYear(), ref.block()) : codes;
		}).orElse(List.of());
	}

	GoalCheck check(Plan plan, List<PlanTarget> targets) {
		Optional<UnitStanding> standing = standing(plan.organisationId(), plan.baselineYear());
		return standing.map(s -> fromIndex(plan, targets, s)).orElseGet(() -> fromPlan(plan, targets));
	}

	private GoalCheck fromIndex(Plan plan, List<PlanTarget> targets, UnitStanding standing) {
		Plan.Goals goals = plan.goals();
		Map<String, Double> byComponent = new LinkedHashMap<>();
		List<GoalCheck.ComponentCheck> components = new ArrayList<>();
		Boolean ruleMet = goals.belowMedianIntoRank() == null ? null : Boolean.TRUE;
		for (PlanTarget target : targets) {
			ComponentStanding component = match(standing, target);
			if (component != null && target.targetScore() != null) {
				byComponent.put(component.code(), target.targetScore());
			}
			// boxed on both sides: a target without a baseline has no score, not a
			// failure
			Double score = component == null ? target.baselineScore() : Double.valueOf(component.score());
			Integer rank = component == null ? target.baselineRank() : Integer.valueOf(component.rank());
			Boolean below = component == null ? null : component.belowMedian();
			Double needed = component == null ? null : component.scoreForTop10();
			Boolean reaches = null;
			if (Boolean.TRUE.equals(below) && target.targetScore() != null && needed != null) {
				reaches = target.targetScore() >= needed;
				if (ruleMet != null && !reaches) {
					ruleMet = Boolean.FALSE;
				}
			}
			components.add(new GoalCheck.ComponentCheck(target.componentCode(), target.componentName(), score, rank,
					component == null ? null : component.median(), below, target.targetScore(),
					gap(target.targetScore(), score), needed, reaches, component == null ? null : component.weight()));
		}
		Double implied = null;
		Boolean meets = null;
		if (!byComponent.isEmpty() && goals.totalScore() != null) {
			IndexApi.TargetCheck check = index.getObject()
				.checkTargets(standing.year(), standing.block(), standing.unitCode(), byComponent, goals.totalScore());
			implied = check.impliedTotal();
			meets = check.meetsGoal();
		}
		else if (!byComponent.isEmpty()) {
			implied = equalWeights(targets.stream().map(PlanTarget::targetScore).toList());
		}
		return new GoalCheck("INDEX", standing.unitCount(), standing.total(), standing.totalRank(),
				standing.totalMedian(), goals.totalScore(), gap(goals.totalScore(), standing.total()),
				goals.totalRank(),
				goals.totalRank() == null ? null : Math.max(0, standing.totalRank() - goals.totalRank()), implied,
				meets, goals.belowMedianIntoRank(), ruleMet, components, standing.illustrative());
	}

	private GoalCheck fromPlan(Plan plan, List<PlanTarget> targets) {
		Plan.Goals goals = plan.goals();
		List<GoalCheck.ComponentCheck> components = targets.stream()
			.map(t -> new GoalCheck.ComponentCheck(t.componentCode(), t.componentName(), t.baselineScore(),
					t.baselineRank(), null, null, t.targetScore(), gap(t.targetScore(), t.baselineScore()), null, null,
					1.0))
			.toList();
		Double baselineTotal = equalWeights(targets.stream().map(PlanTarget::baselineScore).toList());
		Double implied = equalWeights(targets.stream().map(PlanTarget::targetScore).toList());
		Boolean meets = implied == null || goals.totalScore() == null ? null : implied >= goals.totalScore();
		return new GoalCheck("PLAN", null, baselineTotal, null, null, goals.totalScore(),
				gap(goals.totalScore(), baselineTotal), goals.totalRank(), null, implied, meets,
				goals.belowMedianIntoRank(), null, components, false);
	}

	/** The index component of a target: same code, else same position in the edition. */
	static ComponentStanding match(UnitStanding standing, PlanTarget target) {
		return standing.components()
			.stream()
			.filter(c -> c.code().equalsIgnoreCase(target.componentCode()))
			.findFirst()
			.or(() -> standing.components().stream().filter(c -> c.order() == target.sortOrder()).findFirst())
			.orElse(null);
	}

	/** Total of the scores under equal weights; null when a score is missing. */
	static Double equalWeights(List<Double> scores) {
		if (scores.isEmpty() || scores.stream().anyMatch(Objects::isNull)) {
			return null;
		}
		double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
		double[] weights = new double[values.length];
		Arrays.fill(weights, 1.0);
		return TargetMath.impliedTotal(values, weights);
	}

	private static Double gap(Double goal, Double current) {
		return goal == null || current == null ? null : Rounding.halfUp(goal - current, Rounding.PUBLISHED_SCALE);
	}

	/** Assessed unit of an organisation, if the index knows it. */
	Optional<AssessedUnitRef> assessedUnit(long organisationId) {
		IndexApi api = index.getIfAvailable();
		return api == null ? Optional.empty() : api.assessedUnitOf(organisationId);
	}

}
