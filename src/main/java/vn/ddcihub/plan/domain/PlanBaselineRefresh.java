package vn.ddcihub.plan.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ddcihub.index.EditionResultsChanged;
import vn.ddcihub.index.IndexApi.ComponentStanding;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.scoring.Rounding;

/**
 * Keeps the baselines (điểm xuất phát) of plans being drafted equal to the index. A
 * component target stores the score and rank of the plan's baseline edition — the plan
 * document prints them ("Năm 2019 được 6,77 điểm, xếp hạng 12") — so when that edition's
 * results change (import, correction), each draft plan of an organisation linked to an
 * assessed unit of that block takes them again from the index, and every changed target
 * is audited (actor "system"). Issued plans are signed documents and keep the figures
 * they were issued with; their live check on the plan page already reads the new results.
 * Idempotent: a repeated delivery, even one running at the same time, finds nothing left
 * to change.
 */
@Component
class PlanBaselineRefresh {

	private final PlanRepository plans;

	private final PlanChecks checks;

	private final AuditTrail audit;

	PlanBaselineRefresh(PlanRepository plans, PlanChecks checks, AuditTrail audit) {
		this.plans = plans;
		this.checks = checks;
		this.audit = audit;
	}

	/**
	 * Publications are stored under this id: it stays when the class moves, so stored
	 * ones still find it.
	 */
	static final String LISTENER_ID = "plan.baseline-refresh";

	@ApplicationModuleListener(id = LISTENER_ID)
	void on(EditionResultsChanged changed) {
		// Locked before the index is read: of two deliveries after two quick corrections,
		// the later reads the later results.
		for (Plan plan : plans.lockDraftsWithBaselineYear(changed.year())) {
			checks.standing(plan.organisationId(), changed.year())
				.filter(standing -> standing.block() == changed.block())
				.ifPresent(standing -> refresh(plan, standing, changed));
		}
	}

	private void refresh(Plan plan, UnitStanding standing, EditionResultsChanged changed) {
		for (PlanTarget target : plans.targets(plan.id(), unitId -> null)) {
			ComponentStanding component = PlanChecks.match(standing, target);
			if (component == null) {
				continue;
			}
			Double score = Double.isNaN(component.score()) ? null
					: Rounding.halfUp(component.score(), Rounding.PUBLISHED_SCALE);
			Integer rank = component.rank() > 0 ? component.rank() : null;
			if (plans.setBaseline(target.id(), score, rank)) {
				Map<String, Object> after = baseline(target.componentCode(), score, rank);
				after.put("fromEdition", changed.year() + "-" + changed.block());
				audit.record(PlanAuditKind.TARGET, target.id(), Action.UPDATE,
						baseline(target.componentCode(), target.baselineScore(), target.baselineRank()), after,
						plan.organisationId());
			}
		}
	}

	private static Map<String, Object> baseline(String componentCode, Double score, Integer rank) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("componentCode", componentCode);
		state.put("baselineScore", score);
		state.put("baselineRank", rank);
		return state;
	}

}
