package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.UnitRef;

/**
 * The one rule for a task's status and next due date (see {@link TaskState}), used by the
 * to-do list, the dashboards and the consolidated reports. Two queries for one plan or
 * many, whatever their size.
 */
@Service
@Transactional(readOnly = true)
public class TaskStates {

	private final JdbcClient jdbc;

	TaskStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A period of the plan that is due, with the units that have reported on it. */
	record DuePeriod(long id, String frequency, LocalDate dueOn, LocalDate endsOn, Set<Long> reportedUnits) {
	}

	record LatestEntry(long taskId, TaskStatus status, int progress, long periodId) {
	}

	/** Every active task of the plan with its state today, in the plan's order. */
	public List<TaskState> of(PlanOutline plan, LocalDate today) {
		return of(List.of(plan), today).get(plan.plan().id());
	}

	/**
	 * Every active task of each plan with its state today, per plan id in the plans'
	 * order: two queries however many plans (the dashboards and the province view).
	 */
	public Map<Long, List<TaskState>> of(Collection<PlanOutline> plans, LocalDate today) {
		Long[] planIds = plans.stream().map(p -> p.plan().id()).toArray(Long[]::new);
		Map<Long, LatestEntry> latest = latestLeadEntries(planIds);
		Map<Long, List<DuePeriod>> periods = periods(planIds);
		Map<Long, List<TaskState>> states = new LinkedHashMap<>();
		for (PlanOutline plan : plans) {
			states.put(plan.plan().id(),
					states(plan, latest, periods.getOrDefault(plan.plan().id(), List.of()), today));
		}
		return states;
	}

	private static List<TaskState> states(PlanOutline plan, Map<Long, LatestEntry> latest, List<DuePeriod> periods,
			LocalDate today) {
		List<TaskState> states = new ArrayList<>(plan.tasks().size());
		for (PlanTask task : plan.tasks()) {
			LatestEntry entry = latest.get(task.id());
			TaskStatus status = entry == null ? TaskStatus.NOT_STARTED : entry.status();
			LocalDate nextDue = status == TaskStatus.DONE ? null : nextDue(task, periods, today);
			states.add(new TaskState(task, status, entry == null ? 0 : entry.progress(), entry != null,
					entry == null ? null : entry.periodId(), nextDue));
		}
		return states;
	}

	/**
	 * The earliest period the task's lead units have not all reported on, among the
	 * periods that fit its schedule; else its own next date.
	 */
	static LocalDate nextDue(PlanTask task, List<DuePeriod> periods, LocalDate today) {
		if (task.kind() == TaskKind.ONE_OFF) {
			return task.deadline();
		}
		Set<Long> leads = task.leadUnits().stream().map(UnitRef::id).collect(Collectors.toSet());
		return periods.stream()
			.filter(p -> fits(task.kind(), p))
			.filter(p -> !p.reportedUnits().containsAll(leads))
			.map(DuePeriod::dueOn)
			.min(Comparator.naturalOrder())
			.orElseGet(() -> task.nextDue(today));
	}

	/**
	 * Monthly and regular work is reported every month; quarterly work in the quarterly
	 * periods, or in the months that end a quarter when the plan has no quarterly line;
	 * yearly work in the year report.
	 */
	private static boolean fits(TaskKind kind, DuePeriod period) {
		return switch (kind) {
			case MONTHLY, REGULAR -> period.frequency().equals("MONTHLY");
			case QUARTERLY -> period.frequency().equals("QUARTERLY")
					|| (period.frequency().equals("MONTHLY") && period.endsOn().getMonthValue() % 3 == 0);
			case YEARLY -> period.frequency().equals("YEARLY");
			case ONE_OFF -> false;
		};
	}

	/**
	 * Per task, the latest lead entry of a submitted or accepted report (latest by the
	 * period's due date, then by the report's last change): kept by the database in
	 * {@code execution_task_latest} whenever entries, reports or periods change (V18).
	 */
	private Map<Long, LatestEntry> latestLeadEntries(Long[] planIds) {
		return jdbc.sql("""
				select task_id, status, progress, period_id from execution_task_latest where plan_id = any(?)""")
			.param(planIds)
			.query((rs, i) -> new LatestEntry(rs.getLong(1), TaskStatus.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getLong(4)))
			.stream()
			.collect(Collectors.toMap(LatestEntry::taskId, e -> e));
	}

	private Map<Long, List<DuePeriod>> periods(Long[] planIds) {
		Map<Long, List<DuePeriod>> byPlan = new HashMap<>();
		jdbc.sql("""
				select p.id, p.frequency, p.due_on, p.ends_on,
				       array_remove(array_agg(r.unit_id), null) as reported, p.plan_id
				from execution_period p
				left join execution_report r on r.period_id = p.id and r.status in ('SUBMITTED', 'ACCEPTED')
				where p.plan_id = any(?)
				group by p.id""").param(planIds).query((rs, i) -> {
			Long[] units = (Long[]) rs.getArray(5).getArray();
			DuePeriod period = new DuePeriod(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), Set.of(units));
			return Map.entry(rs.getLong(6), period);
		}).list().forEach(e -> byPlan.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return byPlan;
	}

	/** Only the tasks the unit leads or coordinates. */
	public static List<TaskState> involving(Collection<TaskState> states, Long unitId) {
		return states.stream().filter(s -> Objects.nonNull(unitId) && s.task().involves(unitId)).toList();
	}

}
