package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.domain.TodoItem.Urgency;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.UnitRole;
import vn.ddcihub.plan.WorkItem;

/**
 * The to-do list: the user's work (the tasks their unit leads or coordinates, or every
 * task for those who see the whole organisation — {@link PlanApi#myWork}) with each
 * task's status and next due date ({@link TaskStates}), soonest first; overdue and due
 * soon against today in Vietnam. A fixed number of statements, whatever the number of
 * plans and tasks.
 */
@Service
@Transactional(readOnly = true)
public class TodoList {

	private final PlanApi plans;

	private final TaskStates states;

	private final JdbcClient jdbc;

	TodoList(PlanApi plans, TaskStates states, JdbcClient jdbc) {
		this.plans = plans;
		this.states = states;
		this.jdbc = jdbc;
	}

	public List<TodoItem> of(CurrentUser user, LocalDate today, TodoFilter filter) {
		List<WorkItem> work = plans.myWork(user, today);
		Map<Long, TaskState> byTask = states.of(work.stream().map(WorkItem::task).toList(), today)
			.stream()
			.collect(Collectors.toMap(state -> state.task().id(), Function.identity()));
		Map<Long, Long> reports = reportsOfUnit(user.unitId(),
				byTask.values().stream().map(TaskState::nextPeriodId).filter(Objects::nonNull).distinct().toList());
		return work.stream()
			.map(item -> item(item, byTask.get(item.task().id()), user.unitId(), reports, today))
			.filter(filter::accepts)
			.sorted(Comparator.comparing((TodoItem t) -> t.nextDue() == null ? LocalDate.MAX : t.nextDue())
				.thenComparing(t -> -t.planYear())
				.thenComparing(TodoItem::componentOrder)
				.thenComparing(t -> t.task().sortOrder()))
			.toList();
	}

	private static TodoItem item(WorkItem work, TaskState state, Long unitId, Map<Long, Long> reports,
			LocalDate today) {
		Urgency urgency = state.nextDue() == null ? Urgency.NONE
				: state.overdue(today) ? Urgency.OVERDUE : state.dueSoon(today) ? Urgency.DUE_SOON : Urgency.LATER;
		// The user's unit reports on the tasks it leads or coordinates; others follow
		// them.
		Long reportUnit = work.role() == UnitRole.LEAD || work.role() == UnitRole.COORDINATING ? unitId : null;
		Long periodId = state.nextPeriodId();
		return new TodoItem(work.task(), work.planId(), work.planNumber(), work.planYear(), work.componentCode(),
				work.componentName(), work.componentOrder(), work.role(), state.status(), state.progress(),
				state.reported(), state.nextDue(), urgency, periodId, reportUnit,
				reportUnit == null || periodId == null ? null : reports.get(periodId));
	}

	/** The unit's report per period, among the periods due. */
	private Map<Long, Long> reportsOfUnit(Long unitId, List<Long> periodIds) {
		if (unitId == null || periodIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select period_id, id from execution_report where unit_id = ? and period_id = any (?)")
			.params(unitId, periodIds.toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
