package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.domain.ComponentHealth.Judgement;
import vn.ddcihub.execution.domain.Dashboard.ComponentRow;
import vn.ddcihub.execution.domain.PlanProgress.Reporting;
import vn.ddcihub.execution.domain.Province.Row;
import vn.ddcihub.execution.domain.Province.Sort;
import vn.ddcihub.execution.domain.ReportingRecords.PeriodRecord;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.shared.StampedCache;

/**
 * Builds the province view: every plan in force, judged with the same rules as the
 * leadership dashboard, in a fixed number of queries however many organisations. Access
 * is checked by the caller (VIEWER and ADMIN).
 */
@Service
@Transactional(readOnly = true)
public class ProvinceViews {

	private final PlanApi plans;

	private final TaskStates taskStates;

	private final ReportingRecords records;

	private final LatestScores scores;

	private final ViewStamps stamps;

	private final StampedCache<LocalDate, List<Row>> cache = new StampedCache<>(4, ViewStamps.MAX_AGE);

	ProvinceViews(PlanApi plans, TaskStates taskStates, ReportingRecords records, LatestScores scores,
			ViewStamps stamps) {
		this.plans = plans;
		this.taskStates = taskStates;
		this.records = records;
		this.scores = scores;
		this.stamps = stamps;
	}

	/** The province as of today, built again only when the data it shows changed. */
	public Province of(Sort sort, LocalDate today) {
		List<Row> rows = cache.get(stamps.current(), today, () -> rows(today));
		return new Province(rows.stream().sorted(order(sort)).toList(), sort);
	}

	private List<Row> rows(LocalDate today) {
		List<Long> planIds = plans.plans(null).stream().filter(Dashboards::inForce).map(Plan::id).toList();
		List<PlanOutline> outlines = plans.outlines(planIds);
		Map<Long, List<TaskState>> states = taskStates.ofPlans(outlines, today);
		Map<Long, List<PeriodRecord>> periods = records.periods(planIds)
			.stream()
			.collect(Collectors.groupingBy(PeriodRecord::planId));
		Map<Long, UnitStanding> standings = scores
			.of(outlines.stream().map(o -> o.plan().organisationId()).collect(Collectors.toSet()));
		return outlines.stream()
			.map(o -> row(o, states.get(o.plan().id()), periods.getOrDefault(o.plan().id(), List.of()),
					standings.get(o.plan().organisationId()), today))
			.toList();
	}

	private static Row row(PlanOutline plan, List<TaskState> states, List<PeriodRecord> periods, UnitStanding standing,
			LocalDate today) {
		List<Judgement> judgements = PlanProgress
			.components(plan, states, LatestScores.componentScores(standing), Map.of(), today)
			.stream()
			.map(ComponentRow::judgement)
			.toList();
		Map<Long, Reporting> reporting = PlanProgress.reporting(plan, periods, today);
		return new Row(plan.plan().organisationId(), plan.organisationName(), plan.plan().id(),
				plan.plan().numberSymbol(), plan.plan().title(), plan.plan().year(), judgements.size(),
				count(judgements, ComponentHealth.OFF_TRACK), count(judgements, ComponentHealth.AT_RISK),
				PlanProgress.byStatus(states), states.size(),
				(int) states.stream().filter(s -> s.overdue(today)).count(),
				reporting.values().stream().mapToInt(Reporting::due).sum(),
				reporting.values().stream().mapToInt(Reporting::onTime).sum());
	}

	private static int count(List<Judgement> judgements, ComponentHealth health) {
		return (int) judgements.stream().filter(j -> j.health() == health).count();
	}

	/** Worst first; ties by organisation name, then plan number. */
	static Comparator<Row> order(Sort sort) {
		Comparator<Row> byName = Comparator.comparing(Row::organisationName).thenComparing(Row::planNumber);
		Comparator<Row> first = switch (sort) {
			case RISK ->
				Comparator.comparingInt((Row r) -> r.componentsOffTrack() * 1000 + r.componentsAtRisk()).reversed();
			case ON_TIME -> Comparator.comparing(Row::onTimePercent, Comparator.nullsLast(Comparator.naturalOrder()));
			case OVERDUE -> Comparator.comparingInt(Row::overdueTasks).reversed();
			case DONE -> Comparator.comparing(Row::donePercent, Comparator.nullsLast(Comparator.naturalOrder()));
			case ORGANISATION -> byName;
		};
		return first.thenComparing(byName);
	}

}
