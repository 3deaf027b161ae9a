package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.Dashboard.AcceptedReport;
import vn.ddcihub.execution.domain.Dashboard.Changes;
import vn.ddcihub.execution.domain.Dashboard.Goal;
import vn.ddcihub.execution.domain.Dashboard.PeriodRef;
import vn.ddcihub.execution.domain.Dashboard.PlanChoice;
import vn.ddcihub.execution.domain.Dashboard.PlanHeading;
import vn.ddcihub.execution.domain.Dashboard.StatusChange;
import vn.ddcihub.execution.domain.Dashboard.TaskRow;
import vn.ddcihub.execution.domain.Dashboard.UnitRow;
import vn.ddcihub.execution.domain.PlanProgress.Reporting;
import vn.ddcihub.execution.domain.ReportingRecords.PeriodEntry;
import vn.ddcihub.execution.domain.ReportingRecords.PeriodRecord;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.StampedCache;

/**
 * Builds the leadership dashboard of a plan in a fixed number of queries, whatever the
 * plan's size; access is checked by the caller ({@code @executionAccess}).
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	private final PlanApi plans;

	private final TaskStates taskStates;

	private final ReportingRecords records;

	private final LatestScores scores;

	private final OrgDirectory directory;

	private final ViewStamps stamps;

	private record Key(long planId, LocalDate today) {
	}

	private final StampedCache<Key, Dashboard> cache = new StampedCache<>(500, ViewStamps.MAX_AGE);

	Dashboards(PlanApi plans, TaskStates taskStates, ReportingRecords records, LatestScores scores,
			OrgDirectory directory, ViewStamps stamps) {
		this.plans = plans;
		this.taskStates = taskStates;
		this.records = records;
		this.scores = scores;
		this.directory = directory;
		this.stamps = stamps;
	}

	/**
	 * The plan the dashboard opens with: the newest plan in force of the user's
	 * organisation, else the newest plan the user may read.
	 */
	public Optional<Long> defaultPlan(CurrentUser user) {
		List<Plan> readable = plans.visiblePlans(user);
		Comparator<Plan> newest = Comparator.comparingInt(Plan::year).thenComparingLong(Plan::id).reversed();
		return readable.stream()
			.filter(p -> Objects.equals(p.organisationId(), user.organisationId()))
			.sorted(Comparator.comparing((Plan p) -> !inForce(p)).thenComparing(newest))
			.findFirst()
			.or(() -> readable.stream()
				.sorted(Comparator.comparing((Plan p) -> !inForce(p)).thenComparing(newest))
				.findFirst())
			.map(Plan::id);
	}

	/** Issued, or issued once and now being revised. */
	static boolean inForce(Plan plan) {
		return plan.status() == PlanStatus.ISSUED || plan.revision() >= 1;
	}

	/** The dashboard as of today, built again only when the data it shows changed. */
	public Dashboard of(long planId, LocalDate today) {
		return cache.get(stamps.current(), new Key(planId, today), () -> build(planId, today));
	}

	private Dashboard build(long planId, LocalDate today) {
		PlanOutline plan = plans.outline(planId).orElseThrow(() -> new NotFoundException("plan.notFound", planId));
		List<TaskState> states = taskStates.of(plan, today);
		List<PeriodRecord> periods = records.periods(List.of(planId));
		Map<Long, Long> latestReports = records.latestReports(planId);
		UnitStanding standing = scores.of(List.of(plan.plan().organisationId())).get(plan.plan().organisationId());
		List<TaskRow> general = states.stream()
			.filter(s -> s.task().targetId() == null)
			.map(s -> PlanProgress.row(s, null, latestReports, today))
			.toList();
		Map<Long, String> components = plan.targets()
			.stream()
			.collect(Collectors.toMap(t -> t.id(), t -> t.componentName()));
		List<TaskRow> overdue = states.stream()
			.filter(s -> s.overdue(today))
			.sorted(Comparator.comparing(TaskState::nextDue))
			.map(s -> PlanProgress.row(s, components.get(s.task().targetId()), latestReports, today))
			.toList();
		return new Dashboard(heading(plan), otherPlans(plan), goal(plan.plan(), standing),
				PlanProgress.components(plan, states, LatestScores.componentScores(standing), latestReports, today),
				general, units(plan, states, PlanProgress.reporting(plan, periods, today), today), overdue,
				changes(plan, periods, today), today);
	}

	private static PlanHeading heading(PlanOutline plan) {
		Plan p = plan.plan();
		return new PlanHeading(p.id(), p.organisationId(), plan.organisationName(), p.numberSymbol(), p.title(),
				p.year());
	}

	private List<PlanChoice> otherPlans(PlanOutline plan) {
		return plans.plans(plan.plan().organisationId())
			.stream()
			.map(p -> new PlanChoice(p.id(), p.numberSymbol(), p.year()))
			.toList();
	}

	static Goal goal(Plan plan, UnitStanding standing) {
		Integer goalRank = plan.goals().totalRank();
		Double goalScore = plan.goals().totalScore();
		if (standing == null) {
			return new Goal(goalRank, goalScore, null, null, null, null, null, null, false);
		}
		Double scoreGap = goalScore == null ? null : Math.max(0, round2(goalScore - standing.total()));
		Integer rankGap = goalRank == null || standing.totalRank() == 0 ? null
				: Math.max(0, standing.totalRank() - goalRank);
		return new Goal(goalRank, goalScore, standing.year(), standing.total(), standing.totalRank(),
				standing.unitCount(), scoreGap, rankGap, standing.illustrative());
	}

	private static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Units that lead a task or owe reports, in the plan's order. */
	private List<UnitRow> units(PlanOutline plan, List<TaskState> states, Map<Long, Reporting> reporting,
			LocalDate today) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (PlanTask task : plan.tasks()) {
			task.leadUnits().forEach(u -> names.putIfAbsent(u.id(), u.name()));
			task.coordinatingUnits().forEach(u -> names.putIfAbsent(u.id(), u.name()));
		}
		List<Long> unnamed = reporting.keySet().stream().filter(id -> !names.containsKey(id)).toList();
		directory.unitsWithIds(unnamed).forEach(u -> names.put(u.id(), u.name()));
		List<UnitRow> rows = new ArrayList<>();
		for (Map.Entry<Long, String> unit : names.entrySet()) {
			List<TaskState> led = states.stream()
				.filter(s -> s.task().leadUnits().stream().anyMatch(u -> u.id() == unit.getKey()))
				.toList();
			Reporting reports = reporting.getOrDefault(unit.getKey(), new Reporting(0, 0));
			if (led.isEmpty() && reports.due() == 0) {
				continue;
			}
			rows.add(new UnitRow(unit.getKey(), unit.getValue(), PlanProgress.byStatus(led), led.size(),
					(int) led.stream().filter(s -> s.overdue(today)).count(), reports.due(), reports.onTime()));
		}
		return rows;
	}

	/**
	 * The last monthly period due by today against the one before it: the tasks whose
	 * reported status changed, and the last period's accepted reports.
	 */
	private Changes changes(PlanOutline plan, List<PeriodRecord> periods, LocalDate today) {
		List<PeriodRecord> due = periods.stream()
			.filter(p -> p.frequency() == Frequency.MONTHLY && !p.dueOn().isAfter(today))
			.sorted(Comparator.comparing(PeriodRecord::dueOn))
			.toList();
		if (due.isEmpty()) {
			return new Changes(null, null, List.of(), List.of());
		}
		PeriodRecord latest = due.get(due.size() - 1);
		PeriodRecord previous = due.size() > 1 ? due.get(due.size() - 2) : null;
		Map<Long, TaskStatus> before = new HashMap<>();
		Map<Long, PeriodEntry> after = new HashMap<>();
		List<Long> periodIds = previous == null ? List.of(latest.id()) : List.of(latest.id(), previous.id());
		for (PeriodEntry entry : records.leadEntries(periodIds)) {
			if (entry.periodId() == latest.id()) {
				after.put(entry.taskId(), entry);
			}
			else {
				before.put(entry.taskId(), entry.status());
			}
		}
		Map<Long, Long> reportOfUnit = latest.acceptedReports();
		List<StatusChange> changes = new ArrayList<>();
		for (PlanTask task : plan.tasks()) {
			PeriodEntry now = after.get(task.id());
			if (now != null && now.status() != before.get(task.id())) {
				changes.add(
						new StatusChange(task.id(), task.title(), before.get(task.id()), now.status(), now.reportId()));
			}
		}
		Map<Long, String> unitNames = new HashMap<>();
		plan.tasks().forEach(t -> t.leadUnits().forEach(u -> unitNames.putIfAbsent(u.id(), u.name())));
		plan.tasks().forEach(t -> t.coordinatingUnits().forEach(u -> unitNames.putIfAbsent(u.id(), u.name())));
		List<AcceptedReport> accepted = reportOfUnit.entrySet()
			.stream()
			.map(e -> new AcceptedReport(e.getValue(), e.getKey(), unitNames.getOrDefault(e.getKey(), "")))
			.sorted(Comparator.comparing(AcceptedReport::unitName))
			.toList();
		return new Changes(ref(latest), previous == null ? null : ref(previous), changes, accepted);
	}

	private static PeriodRef ref(PeriodRecord period) {
		return new PeriodRef(period.id(), period.year(), period.number(), period.dueOn());
	}

}
