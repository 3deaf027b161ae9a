package vn.ddcihub.execution.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.ConsolidatedContent.Figure;
import vn.ddcihub.execution.domain.ConsolidatedContent.GoalCheck;
import vn.ddcihub.execution.domain.ConsolidatedContent.MissingUnit;
import vn.ddcihub.execution.domain.ConsolidatedContent.OverdueTask;
import vn.ddcihub.execution.domain.ConsolidatedContent.Quote;
import vn.ddcihub.execution.domain.ConsolidatedContent.Section;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.ComponentStanding;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.ComponentTarget;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.UnitRef;

/**
 * Compiles a consolidated report from what the units reported: only ACCEPTED reports are
 * quoted and summed (drafts, submitted and returned ones are not the unit's word yet);
 * task statuses and overdue tasks follow {@link TaskStates}, the one rule; scores come
 * from the newest index edition not after the report's year. A fixed number of queries,
 * whatever the size of the plan.
 */
@Component
class ConsolidatedCompiler {

	static final String GENERAL_SECTION = "Tổ chức thực hiện";

	private final JdbcClient jdbc;

	private final TaskStates taskStates;

	private final IndexApi index;

	private final OrgDirectory directory;

	ConsolidatedCompiler(JdbcClient jdbc, TaskStates taskStates, IndexApi index, OrgDirectory directory) {
		this.jdbc = jdbc;
		this.taskStates = taskStates;
		this.index = index;
		this.directory = directory;
	}

	/** Which reports a consolidated report is compiled from. */
	record Scope(ConsolidatedKind kind, int year, Integer month, Long periodId, LocalDate endsOn) {

		static Scope month(long periodId, int year, int month, LocalDate endsOn) {
			return new Scope(ConsolidatedKind.MONTHLY, year, month, periodId, endsOn);
		}

		static Scope year(ConsolidatedKind kind, int year) {
			return new Scope(kind, year, null, null, LocalDate.of(year, 12, 31));
		}

	}

	private record Entry(long unitId, long taskId, String results, String difficulties, String proposals) {
	}

	private record SummedFigure(long taskId, String label, String unitLabel, BigDecimal value) {
	}

	ConsolidatedContent compile(PlanOutline outline, Scope scope, LocalDate today) {
		Plan plan = outline.plan();
		Map<Long, String> unitNames = directory.units(plan.organisationId())
			.stream()
			.collect(Collectors.toMap(Unit::id, Unit::name));
		LocalDate asOf = today.isBefore(scope.endsOn()) ? today : scope.endsOn();
		Map<Long, TaskState> states = taskStates.of(outline, asOf)
			.stream()
			.collect(Collectors.toMap(s -> s.task().id(), s -> s, (a, b) -> a, LinkedHashMap::new));
		List<Entry> entries = acceptedEntries(plan.id(), scope);
		List<SummedFigure> figures = acceptedFigures(plan.id(), scope);
		Optional<UnitStanding> latest = latestStanding(plan.organisationId(), scope.year());

		List<Section> sections = new ArrayList<>();
		int number = 0;
		for (ComponentTarget target : outline.targets()) {
			ComponentStanding standing = latest
				.flatMap(s -> s.components().stream().filter(c -> c.code().equals(target.componentCode())).findFirst())
				.orElse(null);
			Double score = standing == null ? null : standing.score();
			sections.add(section(++number, target.componentCode(), target.componentName(), target.targetText(),
					target.targetScore(), target.baselineScore(), target.baselineRank(), score,
					standing == null ? null : standing.rank(), latest.map(UnitStanding::unitCount).orElse(null),
					Achievement.ofScore(target.targetScore(), score), outline.tasksOf(target), states, entries, figures,
					unitNames, asOf));
		}
		List<PlanTask> general = outline.tasks().stream().filter(t -> t.targetId() == null).toList();
		if (!general.isEmpty()) {
			sections.add(section(null, null, GENERAL_SECTION, "", null, null, null, null, null, null,
					Achievement.UNKNOWN, general, states, entries, figures, unitNames, asOf));
		}
		Plan.Goals goals = plan.goals();
		GoalCheck goal = new GoalCheck(goals == null ? null : goals.totalScore(),
				goals == null ? null : goals.totalRank(), latest.map(UnitStanding::total).orElse(null),
				latest.map(UnitStanding::totalRank).orElse(null), latest.map(UnitStanding::unitCount).orElse(null),
				Achievement.ofScore(goals == null ? null : goals.totalScore(),
						latest.map(UnitStanding::total).orElse(null)),
				Achievement.ofRank(goals == null ? null : goals.totalRank(),
						latest.map(UnitStanding::totalRank).orElse(null)));
		return new ConsolidatedContent(scope.kind(), plan.id(), plan.numberSymbol(), plan.issuedOn(), plan.title(),
				outline.organisationName(), scope.year(), scope.month(), latest.map(UnitStanding::year).orElse(null),
				plan.baselineYear(), plan.targetYear(), counts(states.values()), sections,
				missing(outline, scope, unitNames), goal);
	}

	private static Section section(Integer number, String code, String name, String targetText, Double targetScore,
			Double baselineScore, Integer baselineRank, Double latestScore, Integer latestRank, Integer unitCount,
			Achievement achievement, List<PlanTask> tasks, Map<Long, TaskState> states, List<Entry> entries,
			List<SummedFigure> figures, Map<Long, String> unitNames, LocalDate asOf) {
		Map<Long, PlanTask> byId = new LinkedHashMap<>();
		tasks.forEach(t -> byId.put(t.id(), t));
		List<TaskState> sectionStates = tasks.stream().map(t -> states.get(t.id())).filter(Objects::nonNull).toList();
		// Quotes in the plan's order of tasks, then as the reports came.
		List<Entry> ordered = entries.stream()
			.filter(e -> byId.containsKey(e.taskId()))
			.sorted(Comparator.comparingInt(e -> tasks.indexOf(byId.get(e.taskId()))))
			.toList();
		return new Section(number, code, name, targetText == null ? "" : targetText, targetScore, baselineScore,
				baselineRank, latestScore, latestRank, unitCount, achievement, counts(sectionStates),
				quotes(ordered, byId, unitNames, Entry::results), quotes(ordered, byId, unitNames, Entry::difficulties),
				quotes(ordered, byId, unitNames, Entry::proposals), overdue(sectionStates, asOf),
				summed(figures, byId.keySet()));
	}

	private static List<Quote> quotes(List<Entry> entries, Map<Long, PlanTask> tasks, Map<Long, String> unitNames,
			java.util.function.Function<Entry, String> text) {
		return entries.stream()
			.filter(e -> !text.apply(e).isBlank())
			.map(e -> new Quote(unitNames.getOrDefault(e.unitId(), "#" + e.unitId()), tasks.get(e.taskId()).title(),
					text.apply(e).strip()))
			.toList();
	}

	private static List<OverdueTask> overdue(List<TaskState> states, LocalDate asOf) {
		return states.stream()
			.filter(s -> s.overdue(asOf))
			.map(s -> new OverdueTask(s.task().title(),
					s.task().leadUnits().stream().map(UnitRef::name).collect(Collectors.joining(", ")), s.nextDue()))
			.toList();
	}

	/**
	 * Figures of the section's tasks summed per label and unit, in the order first met.
	 */
	private static List<Figure> summed(List<SummedFigure> figures, java.util.Set<Long> taskIds) {
		Map<List<String>, BigDecimal> sums = new LinkedHashMap<>();
		for (SummedFigure figure : figures) {
			if (taskIds.contains(figure.taskId())) {
				sums.merge(List.of(figure.label(), figure.unitLabel()), figure.value(), BigDecimal::add);
			}
		}
		return sums.entrySet()
			.stream()
			.map(e -> new Figure(e.getKey().get(0), e.getValue(), e.getKey().get(1)))
			.toList();
	}

	static Map<TaskStatus, Integer> counts(java.util.Collection<TaskState> states) {
		Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		Arrays.stream(TaskStatus.values()).forEach(s -> counts.put(s, 0));
		states.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
		return counts;
	}

	/** A month: its own period; a year: every period of the plan in that year. */
	private static String periodFilter(Scope scope) {
		return scope.periodId() != null ? "p.id = :period" : "p.plan_id = :plan and p.year = :year";
	}

	private List<Entry> acceptedEntries(long planId, Scope scope) {
		return jdbc.sql("""
				select r.unit_id, e.task_id, e.results, e.difficulties, e.proposals
				from execution_report r
				join execution_period p on p.id = r.period_id
				join execution_task_entry e on e.report_id = r.id
				where r.status = 'ACCEPTED' and p.plan_id = :plan and %s
				order by p.due_on, p.frequency, e.role, r.unit_id, e.id""".formatted(periodFilter(scope)))
			.param("plan", planId)
			.param("period", scope.periodId())
			.param("year", scope.year())
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private List<SummedFigure> acceptedFigures(long planId, Scope scope) {
		return jdbc.sql("""
				select e.task_id, f.label, f.unit_label, sum(f.value)
				from execution_report r
				join execution_period p on p.id = r.period_id
				join execution_task_entry e on e.report_id = r.id
				join execution_task_figure f on f.entry_id = e.id
				where r.status = 'ACCEPTED' and p.plan_id = :plan and %s
				group by e.task_id, f.label, f.unit_label
				order by e.task_id, min(f.sort_order)""".formatted(periodFilter(scope)))
			.param("plan", planId)
			.param("period", scope.periodId())
			.param("year", scope.year())
			.query((rs, i) -> new SummedFigure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list();
	}

	private record ExpectedPeriod(Long reporterUnitId, List<Long> receivingUnitIds, Map<Long, String> reports) {
	}

	/**
	 * Units that owe a report ({@link ExpectedReporters}) and have no accepted one: for a
	 * month in its period, for a year in the year's period (báo cáo năm).
	 */
	private List<MissingUnit> missing(PlanOutline outline, Scope scope, Map<Long, String> unitNames) {
		String filter = scope.periodId() != null ? "p.id = :period"
				: "p.plan_id = :plan and p.year = :year and p.frequency = 'YEARLY'";
		List<ExpectedPeriod> periods = jdbc.sql("""
				select l.reporter_unit_id, l.receiving_unit_ids,
				       array(select r.unit_id || ':' || r.status from execution_report r where r.period_id = p.id)
				from execution_period p join execution_reporting_line l on l.id = p.line_id
				where p.plan_id = :plan and %s
				order by p.due_on""".formatted(filter))
			.param("plan", outline.plan().id())
			.param("period", scope.periodId())
			.param("year", scope.year())
			.query((rs, i) -> {
				Long reporter = rs.getObject(1) == null ? null : rs.getLong(1);
				List<Long> receiving = List.of((Long[]) rs.getArray(2).getArray());
				Map<Long, String> reports = new HashMap<>();
				for (String pair : (String[]) rs.getArray(3).getArray()) {
					String[] parts = pair.split(":");
					reports.put(Long.valueOf(parts[0]), parts[1]);
				}
				return new ExpectedPeriod(reporter, receiving, reports);
			})
			.list();
		Map<Long, MissingUnit> missing = new LinkedHashMap<>();
		for (ExpectedPeriod period : periods) {
			for (Long unit : ExpectedReporters.of(outline, period.reporterUnitId(), period.receivingUnitIds())) {
				String status = period.reports().get(unit);
				if (!ReportStatus.ACCEPTED.name().equals(status)) {
					missing.putIfAbsent(unit, new MissingUnit(unitNames.getOrDefault(unit, "#" + unit), status));
				}
			}
		}
		return List.copyOf(missing.values());
	}

	/** The newest edition with a result for the organisation, not after {@code year}. */
	private Optional<UnitStanding> latestStanding(long organisationId, int year) {
		return index.assessedUnitOf(organisationId)
			.flatMap(unit -> index.editionYears(unit.block())
				.stream()
				.filter(y -> y <= year)
				.map(y -> index.standing(y, unit.block(), unit.code()))
				.flatMap(Optional::stream)
				.findFirst());
	}

}
