package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ddcihub.execution.domain.TaskStates.DuePeriod;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.UnitRef;

/**
 * The next due date of a task, on hand-made periods (units: 1 Office, 2 and 3 others).
 */
class TaskStatesTest {

	private static final LocalDate TODAY = LocalDate.of(2033, 3, 10);

	private static PlanTask task(TaskKind kind, List<Long> leads) {
		return new PlanTask(1, 1, null, 1, "Nhiệm vụ", "", kind, null, null, "", "", "", false, null,
				leads.stream().map(id -> new UnitRef(id, "U" + id, "Đơn vị " + id)).toList(), List.of(), "", false);
	}

	private static DuePeriod monthly(long id, int month, Set<Long> reported) {
		LocalDate start = LocalDate.of(2033, month, 1);
		return new DuePeriod(id, 1, "MONTHLY", start.withDayOfMonth(25), start.withDayOfMonth(start.lengthOfMonth()),
				reported, null, Set.of(1L));
	}

	@Test
	void aMonthlyTaskIsDueInItsEarliestPeriodNotAllLeadsReportedOn() {
		List<DuePeriod> periods = List.of(monthly(1, 1, Set.of(2L, 3L)), monthly(2, 2, Set.of(2L)),
				monthly(3, 3, Set.of()));

		assertThat(TaskStates.nextDue(task(TaskKind.MONTHLY, List.of(2L, 3L)), periods, TODAY))
			.isEqualTo(LocalDate.of(2033, 2, 25));
		assertThat(TaskStates.nextDue(task(TaskKind.REGULAR, List.of(2L)), periods, TODAY))
			.isEqualTo(LocalDate.of(2033, 3, 25));
	}

	@Test
	void theReceivingOfficeDoesNotHoldBackTheTasksItLeadsWithOthers() {
		List<DuePeriod> periods = List.of(monthly(1, 1, Set.of(2L)), monthly(2, 2, Set.of()));

		// the Office (1) receives the monthly reports: only unit 2 is asked
		assertThat(TaskStates.nextDue(task(TaskKind.REGULAR, List.of(1L, 2L)), periods, TODAY))
			.isEqualTo(LocalDate.of(2033, 2, 25));
		// work the Office alone leads is due on the default monthly day, not "Thường
		// xuyên"
		assertThat(TaskStates.nextDue(task(TaskKind.REGULAR, List.of(1L)), periods, TODAY))
			.isEqualTo(LocalDate.of(2033, 3, 25));
	}

	@Test
	void aLineOfOneUnitAsksOnlyThatUnit() {
		DuePeriod upward = new DuePeriod(9, 1, "YEARLY", LocalDate.of(2033, 12, 15), LocalDate.of(2033, 12, 31),
				Set.of(), 1L, Set.of());

		assertThat(TaskStates.nextDue(task(TaskKind.YEARLY, List.of(1L)), List.of(upward), TODAY))
			.isEqualTo(LocalDate.of(2033, 12, 15));
		assertThat(TaskStates.nextDue(task(TaskKind.YEARLY, List.of(2L)), List.of(upward), TODAY)).isNull();
	}

}
