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
import java.util.Optional;
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
 * to-do list, the dashboards and the consolidated reports. Two queries for any number of
 * plans, whatever their size.
 */
@Service
@Transactional(readOnly = true)
public class TaskStates {

	private final JdbcClient jdbc;

	TaskStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A period of the plan that is due, with the units that have reported on it and who
	 * its line asks: its one reporting unit, or every unit except the receiving ones.
	 */
	record DuePeriod(long id, long planId, String frequency, LocalDate dueOn, LocalDate endsOn, Set<Long> reportedUnits,
			Long reporterUnitId, Set<Long> receivingUnitIds) {

		/**
		 * The task's lead units this period asks to report: the Office does not report to
		 * itself, and a line of one unit asks only that unit.
		 */
		Set<Long> expectedOf(Set<Long> leads) {
			return leads.stream()
				.filter(unit -> reporterUnitId == null ? !receivingUnitIds.contains(unit) : unit.equals(reporterUnitId))
				.collect(Collectors.toSet());
		}

	}

	record LatestEntry(long taskId, TaskStatus status, int progress, long periodId) {
	}

	/** Every active task of the plan with its state today, in the plan's order. */
	public List<TaskState> of(PlanOutline plan, LocalDate today) {
		return of(plan.tasks(), today);
	}

	/**
	 * Every active task of each plan with its state today, per plan id in the plans'
	 * order: two queries however many plans (the dashboards and the province view).
	 */
	public Map<Long, List<TaskState>> ofPlans(Collection<PlanOutline> plans, LocalDate today) {
		Map<Long, List<TaskState>> states = new LinkedHashMap<>();
		plans.forEach(plan -> states.put(plan.plan().id(), new ArrayList<>()));
		of(plans.stream().flatMap(plan -> plan.tasks().stream()).toList(), today)
			.forEach(state -> states.get(state.task().planId()).add(state));
		return states;
	}

	/**
	 * The state of tasks of any plans, in their order: two queries whatever the number of
	 * plans (the to-do list reads every plan of a user at once).
	 */
	public List<TaskState> of(Collection<PlanTask> tasks, LocalDate today) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		Long[] planIds = tasks.stream().map(PlanTask::planId).distinct().toArray(Long[]::new);
		Map<Long, LatestEntry> latest = latestLeadEntries(planIds);
		Map<Long, List<DuePeriod>> periods = periods(planIds);
		List<TaskState> states = new ArrayList<>(tasks.size());
		for (PlanTask task : tasks) {
			LatestEntry entry = latest.get(task.id());
			TaskStatus status = entry == null ? TaskStatus.NOT_STARTED : entry.status();
			DuePeriod next = status == TaskStatus.DONE ? null
					: nextPeriod(task, periods.getOrDefault(task.planId(), List.of())).orElse(null);
			LocalDate nextDue = status == TaskStatus.DONE ? null
					: next != null ? next.dueOn() : withoutPeriods(task, today);
			states.add(new TaskState(task, status, entry == null ? 0 : entry.progress(), entry != null,
					entry == null ? null : entry.periodId(), nextDue, next == null ? null : next.id()));
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
		return nextPeriod(task, periods).map(DuePeriod::dueOn).orElseGet(() -> withoutPeriods(task, today));
	}

	private static Optional<DuePeriod> nextPeriod(PlanTask task, List<DuePeriod> periods) {
		if (task.kind() == TaskKind.ONE_OFF) {
			return Optional.empty();
		}
		Set<Long> leads = task.leadUnits().stream().map(UnitRef::id).collect(Collectors.toSet());
		// a period that asks none of the lead units (they receive it) is not the task's
		return periods.stream()
			.filter(p -> fits(task.kind(), p))
			.filter(p -> !p.expectedOf(leads).isEmpty())
			.filter(p -> !p.reportedUnits().containsAll(p.expectedOf(leads)))
			.min(Comparator.comparing(DuePeriod::dueOn));
	}

	/**
	 * A plan without periods yet: the task's own next date; regular and monthly work
	 * without a day of its own is due on the default monthly reporting day, never "Thường
	 * xuyên".
	 */
	private static LocalDate withoutPeriods(PlanTask task, LocalDate today) {
		LocalDate own = task.nextDue(today);
		if (own != null || !(task.kind() == TaskKind.REGULAR || task.kind() == TaskKind.MONTHLY)) {
			return own;
		}
		LocalDate due = today.withDayOfMonth(Math.min(ReportingLineDefaults.MONTHLY_DUE_DAY, today.lengthOfMonth()));
		if (due.isBefore(today)) {
			LocalDate next = today.plusMonths(1);
			due = next.withDayOfMonth(Math.min(ReportingLineDefaults.MONTHLY_DUE_DAY, next.lengthOfMonth()));
		}
		return due;
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
		return jdbc.sql("""
				select p.id, p.plan_id, p.frequency, p.due_on, p.ends_on,
				       array_remove(array_agg(r.unit_id), null) as reported, l.reporter_unit_id, l.receiving_unit_ids
				from execution_period p
				join execution_reporting_line l on l.id = p.line_id
				left join execution_report r on r.period_id = p.id and r.status in ('SUBMITTED', 'ACCEPTED')
				where p.plan_id = any (?)
				group by p.id, l.id""").param(planIds).query((rs, i) -> {
			Long[] units = (Long[]) rs.getArray(6).getArray();
			Long[] receivers = (Long[]) rs.getArray(8).getArray();
			return new DuePeriod(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class), Set.of(units), rs.getObject(7, Long.class), Set.of(receivers));
		}).list().stream().collect(Collectors.groupingBy(DuePeriod::planId));
	}

	/** Only the tasks the unit leads or coordinates. */
	public static List<TaskState> involving(Collection<TaskState> states, Long unitId) {
		return states.stream().filter(s -> Objects.nonNull(unitId) && s.task().involves(unitId)).toList();
	}

}
