package vn.ddcihub.index;

import java.util.Map;
import java.util.Optional;

/**
 * Where the index finds a unit's component targets (chỉ tiêu chỉ số thành phần): they are
 * entered once, in the organisation's improvement plan. The plan capability implements
 * this port, so the index shows the plan's numbers without depending on plans.
 */
public interface PlannedTargets {

	/**
	 * The targets of the organisation's plan that starts from the edition of
	 * {@code baselineYear}, if it has one.
	 */
	Optional<TargetPlan> startingFrom(long organisationId, int baselineYear);

	/**
	 * @param numberSymbol the plan's number and symbol ("60/KH-STNMT"), shown with the
	 * link
	 * @param href the plan's page
	 * @param byComponent component code → its target; components without a target are
	 * absent
	 */
	record TargetPlan(String numberSymbol, int targetYear, String href, Map<String, Target> byComponent) {

		/** Component code → target score, for the math. */
		public Map<String, Double> scores() {
			Map<String, Double> scores = new java.util.LinkedHashMap<>();
			byComponent.forEach((code, target) -> scores.put(code, target.score()));
			return scores;
		}

	}

	/** A target score (0–10) and the place in the plan where it is entered. */
	record Target(double score, String href) {
	}

}
