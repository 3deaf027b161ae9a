package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ddcihub.execution.domain.TaskStates.DuePeriod;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.plan.UnitRef;

import static org.assertj.core.api.Assertions.assertThat;

/** The next due date of a task from its schedule and the periods its lead units owe. */
class TaskStatesRuleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final UnitRef QLDD = new UnitRef(7, "QLDD", "Phòng Quản lý đất đai");

	private static final UnitRef VP = new UnitRef(2, "VP", "Văn phòng Sở");

	@Test
	void aMonthlyTaskIsDueOnItsEarliestUnreportedPeriodEvenIfThatWasIn2020() {
		List<DuePeriod> periods = List.of(monthly(1, 6, Set.of(7L)), monthly(2, 7, Set.of()), monthly(3, 8, Set.of()));
		assertThat(TaskStates.nextDue(task(TaskKind.MONTHLY, 25, null), periods, TODAY))
			.isEqualTo(LocalDate.of(2020, 7, 25));
		TaskState state = new TaskState(task(TaskKind.MONTHLY, 25, null), vn.ddcihub.execution.TaskStatus.IN_PROGRESS,
				40, true, 1L, LocalDate.of(2020, 7, 25));
		assertThat(state.overdue(TODAY)).isTrue();
	}

	@Test
	void regularWorkIsDueWithTheMonthlyReportNeverWithoutADate() {
		List<DuePeriod> periods = List.of(monthly(1, 12, Set.of()));
		assertThat(TaskStates.nextDue(task(TaskKind.REGULAR, null, null), periods, TODAY))
			.isEqualTo(LocalDate.of(2020, 12, 25));
	}

	@Test
	void aPeriodCountsAsReportedOnlyWhenEveryLeadUnitReported() {
		PlanTask shared = new PlanTask(1, 1, null, 1, "Rà soát TTHC", "", TaskKind.MONTHLY, 25, null, "", "", "", false,
				null, List.of(QLDD, VP), List.of(), "", false);
		assertThat(TaskStates.nextDue(shared, List.of(monthly(1, 6, Set.of(7L))), TODAY))
			.isEqualTo(LocalDate.of(2020, 6, 25));
		assertThat(TaskStates.nextDue(shared, List.of(monthly(1, 6, Set.of(7L, 2L))), LocalDate.of(2020, 6, 1)))
			.isEqualTo(LocalDate.of(2020, 6, 25));
	}

	@Test
	void quarterlyWorkIsDueInTheMonthThatEndsAQuarterWhenThereIsNoQuarterlyLine() {
		List<DuePeriod> periods = List.of(monthly(1, 7, Set.of()), monthly(2, 8, Set.of()), monthly(3, 9, Set.of()));
		assertThat(TaskStates.nextDue(task(TaskKind.QUARTERLY, 25, null), periods, TODAY))
			.isEqualTo(LocalDate.of(2020, 9, 25));
	}

	@Test
	void aOneOffTaskIsDueOnItsDeadlineAndADoneTaskOnNothing() {
		LocalDate deadline = LocalDate.of(2020, 12, 15);
		assertThat(TaskStates.nextDue(task(TaskKind.ONE_OFF, null, deadline), List.of(), TODAY)).isEqualTo(deadline);
		assertThat(new TaskState(task(TaskKind.ONE_OFF, null, deadline), vn.ddcihub.execution.TaskStatus.DONE, 100,
				true, 1L, null)
			.overdue(TODAY)).isFalse();
	}

	@Test
	void dueSoonMeansWithinSevenDaysAndNotOverdue() {
		PlanTask task = task(TaskKind.ONE_OFF, null, TODAY.plusDays(7));
		assertThat(new TaskState(task, vn.ddcihub.execution.TaskStatus.IN_PROGRESS, 0, false, null, TODAY.plusDays(7))
			.dueSoon(TODAY)).isTrue();
		assertThat(new TaskState(task, vn.ddcihub.execution.TaskStatus.IN_PROGRESS, 0, false, null, TODAY.plusDays(8))
			.dueSoon(TODAY)).isFalse();
		assertThat(new TaskState(task, vn.ddcihub.execution.TaskStatus.IN_PROGRESS, 0, false, null, TODAY.minusDays(1))
			.dueSoon(TODAY)).isFalse();
	}

	private static PlanTask task(TaskKind kind, Integer dueDay, LocalDate deadline) {
		return new PlanTask(1, 1, null, 1, "Báo cáo kết quả", "", kind, dueDay, deadline, "", "", "", false, null,
				List.of(QLDD), List.of(), "", false);
	}

	private static DuePeriod monthly(long id, int month, Set<Long> reported) {
		LocalDate start = LocalDate.of(2020, month, 1);
		return new DuePeriod(id, 1, "MONTHLY", start.withDayOfMonth(25), start.withDayOfMonth(start.lengthOfMonth()),
				reported, null, Set.of());
	}

}
