package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * to-do list, the dashboards and the consolidated reports. Two queries per plan, whatever
 * its size.
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
		Map<Long, LatestEntry> latest = latestLeadEntries(plan.plan().id());
		List<DuePeriod> periods = periods(plan.plan().id());
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

	/** Per task, the latest lead entry of a submitted or accepted report. */
	private Map<Long, LatestEntry> latestLeadEntries(long planId) {
		return jdbc.sql("""
				select distinct on (e.task_id) e.task_id, e.status, e.progress, p.id
				from execution_task_entry e
				join execution_report r on r.id = e.report_id
				join execution_period p on p.id = r.period_id
				where p.plan_id = ? and e.role = 'LEAD' and r.status in ('SUBMITTED', 'ACCEPTED')
				order by e.task_id, p.due_on desc, r.updated_at desc""")
			.param(planId)
			.query((rs, i) -> new LatestEntry(rs.getLong(1), TaskStatus.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getLong(4)))
			.stream()
			.collect(Collectors.toMap(LatestEntry::taskId, e -> e));
	}

	private List<DuePeriod> periods(long planId) {
		Map<Long, DuePeriod> byId = new HashMap<>();
		jdbc.sql("""
				select p.id, p.frequency, p.due_on, p.ends_on,
				       array_remove(array_agg(r.unit_id), null) as reported
				from execution_period p
				left join execution_report r on r.period_id = p.id and r.status in ('SUBMITTED', 'ACCEPTED')
				where p.plan_id = ?
				group by p.id""").param(planId).query((rs, i) -> {
			Long[] units = (Long[]) rs.getArray(5).getArray();
			return new DuePeriod(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), Set.of(units));
		}).list().forEach(p -> byId.put(p.id(), p));
		return List.copyOf(byId.values());
	}

	/** Only the tasks the unit leads or coordinates. */
	public static List<TaskState> involving(Collection<TaskState> states, Long unitId) {
		return states.stream().filter(s -> Objects.nonNull(unitId) && s.task().involves(unitId)).toList();
	}

}
