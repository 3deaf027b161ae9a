package vn.ddcihub.execution.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.UnitRef;

/**
 * The one rule for who owes a report in a period of a reporting line: the line's own
 * reporting unit when it names one; otherwise every unit that leads or coordinates a task
 * of the plan, except the units that receive the reports (the Office does not report to
 * itself). Used by the period page, reminders and the consolidated reports.
 */
public final class ExpectedReporters {

	private ExpectedReporters() {
	}

	/**
	 * @param reporterUnitId the line's reporting unit, null for "every unit with tasks"
	 * @param receivingUnitIds the line's receiving units
	 * @return unit ids in the order they first appear in the plan
	 */
	public static List<Long> of(PlanOutline plan, Long reporterUnitId, Collection<Long> receivingUnitIds) {
		if (reporterUnitId != null) {
			return List.of(reporterUnitId);
		}
		Set<Long> units = new LinkedHashSet<>();
		for (PlanTask task : plan.tasks()) {
			task.leadUnits().stream().map(UnitRef::id).forEach(units::add);
			task.coordinatingUnits().stream().map(UnitRef::id).forEach(units::add);
		}
		units.removeAll(Set.copyOf(receivingUnitIds));
		return List.copyOf(units);
	}

}
