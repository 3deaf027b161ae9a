package vn.ddcihub.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ddcihub.index.ComponentKpis;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;

/**
 * What a plan, a component target and a task must hold before they are saved: the field
 * rules of their records (Bean Validation), then what only the database knows — that the
 * component and the units belong to the plan. Every problem is reported at once, with the
 * field it concerns.
 */
@Component
public class PlanInputRules {

	private final PlanRepository plans;

	private final OrgDirectory directory;

	private final InputRules inputRules;

	private final MessageSource messages;

	private final PlanChecks checks;

	private final ObjectProvider<ComponentKpis> kpis;

	PlanInputRules(PlanRepository plans, OrgDirectory directory, InputRules inputRules, MessageSource messages,
			PlanChecks checks, ObjectProvider<ComponentKpis> kpis) {
		this.plans = plans;
		this.kpis = kpis;
		this.checks = checks;
		this.directory = directory;
		this.inputRules = inputRules;
		this.messages = messages;
	}

	void check(PlanInput in) {
		inputRules.check(PlanForm.of(in));
	}

	/**
	 * A target names a component of the plan's index edition, once per plan.
	 * @param targetId the target being changed, null for a new one
	 */
	void check(Plan plan, Long targetId, TargetInput in) {
		List<InputProblem> problems = new ArrayList<>(inputRules.problems(in));
		String code = in.componentCode() == null ? "" : in.componentCode().strip();
		if (!code.isEmpty()) {
			List<String> codes = checks.componentCodes(plan);
			if (!codes.isEmpty() && codes.stream().noneMatch(code::equalsIgnoreCase)) {
				problems.add(InputProblem.field("componentCode",
						text("plan.rule.componentOfEdition", code, String.join(", ", codes))));
			}
			if (plans.targets(plan.id(), u -> null)
				.stream()
				.anyMatch(t -> t.componentCode().equalsIgnoreCase(code) && (targetId == null || t.id() != targetId))) {
				problems.add(InputProblem.field("componentCode", text("plan.rule.componentOnce", code)));
			}
		}
		checkUnits(plan, in.leadUnitIds(), in.coordinatingUnitIds(), problems);
		refuse(problems);
	}

	void check(Plan plan, TaskInput in) {
		List<InputProblem> problems = new ArrayList<>(inputRules.problems(in));
		if (in.targetId() != null
				&& plans.targets(plan.id(), u -> null).stream().noneMatch(t -> t.id() == in.targetId())) {
			problems.add(InputProblem.field("targetId", text("plan.rule.targetOfPlan")));
		}
		checkUnits(plan, in.leadUnitIds(), in.coordinatingUnitIds(), problems);
		checkKpi(in.kpiCode(), problems);
		refuse(problems);
	}

	/** A task names a KPI of the catalogue (read through the index port), or none. */
	private void checkKpi(String kpiCode, List<InputProblem> problems) {
		ComponentKpis catalogue = kpis.getIfAvailable();
		if (kpiCode != null
				&& (catalogue == null || catalogue.catalogue().stream().noneMatch(kpi -> kpi.code().equals(kpiCode)))) {
			problems.add(InputProblem.field("kpiCode", text("plan.rule.kpiOfCatalogue", kpiCode)));
		}
	}

	private void checkUnits(Plan plan, List<Long> leads, List<Long> coordinating, List<InputProblem> problems) {
		Set<Long> own = new HashSet<>();
		directory.units(plan.organisationId()).forEach(u -> own.add(u.id()));
		if (leads != null && leads.stream().anyMatch(u -> u == null || !own.contains(u))) {
			problems.add(InputProblem.field("leadUnitIds", text("plan.rule.unitsOfIssuer")));
		}
		if (coordinating != null && coordinating.stream().anyMatch(u -> u == null || !own.contains(u))) {
			problems.add(InputProblem.field("coordinatingUnitIds", text("plan.rule.unitsOfIssuer")));
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static void refuse(List<InputProblem> problems) {
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
	}

}
