package vn.ddcihub.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.ComponentHealth.Judgement;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;

/**
 * The dashboard's rule on hand-made cases: off track when the latest score is below the
 * baseline or at least a third of the tasks lag; at risk when below the target or any
 * task lags; else on track.
 */
class ComponentHealthTest {

	static final LocalDate TODAY = LocalDate.of(2052, 6, 15);

	@Test
	void onTrackWhenTheTargetIsReachedAndNoTaskLags() {
		Judgement judgement = judge(6.0, 7.0, 7.2, on(TaskStatus.IN_PROGRESS), on(TaskStatus.DONE));
		assertThat(judgement.health()).isEqualTo(ComponentHealth.ON_TRACK);
		assertThat(judgement.laggingTasks()).isZero();
		assertThat(judgement.tasks()).isEqualTo(2);
	}

	@Test
	void atRiskWhenTheLatestScoreIsBelowTheTarget() {
		Judgement judgement = judge(6.0, 7.0, 6.5, on(TaskStatus.IN_PROGRESS));
		assertThat(judgement.health()).isEqualTo(ComponentHealth.AT_RISK);
		assertThat(judgement.belowTarget()).isTrue();
		assertThat(judgement.belowBaseline()).isFalse();
	}

	@Test
	void atRiskWhenOneTaskOfFourLags() {
		assertThat(judge(6.0, 7.0, 7.5, on(TaskStatus.BLOCKED), on(TaskStatus.DONE), on(TaskStatus.IN_PROGRESS),
				on(TaskStatus.IN_PROGRESS))
			.health()).isEqualTo(ComponentHealth.AT_RISK);
	}

	@Test
	void offTrackWhenTheLatestScoreIsBelowTheBaseline() {
		Judgement judgement = judge(6.0, 7.0, 5.9, on(TaskStatus.DONE));
		assertThat(judgement.health()).isEqualTo(ComponentHealth.OFF_TRACK);
		assertThat(judgement.belowBaseline()).isTrue();
	}

	@Test
	void offTrackFromAThirdOfTheTasksLagging() {
		// one of three is a third: off track; one of four is not
		assertThat(judge(null, null, null, on(TaskStatus.BEHIND), on(TaskStatus.DONE), on(TaskStatus.IN_PROGRESS))
			.health()).isEqualTo(ComponentHealth.OFF_TRACK);
		assertThat(judge(null, null, null, on(TaskStatus.BEHIND), on(TaskStatus.DONE), on(TaskStatus.DONE),
				on(TaskStatus.IN_PROGRESS))
			.health()).isEqualTo(ComponentHealth.AT_RISK);
	}

	@Test
	void anOverdueTaskLagsWhateverItsReportedStatus() {
		TaskState overdue = state(TaskStatus.IN_PROGRESS, TODAY.minusDays(1));
		TaskState dueToday = state(TaskStatus.IN_PROGRESS, TODAY);
		assertThat(ComponentHealth.lags(overdue, TODAY)).isTrue();
		assertThat(ComponentHealth.lags(dueToday, TODAY)).isFalse();
		assertThat(judge(6.0, 7.0, 7.5, overdue, dueToday, dueToday).health()).isEqualTo(ComponentHealth.OFF_TRACK);
	}

	@Test
	void withoutALatestScoreOnlyTheTasksDecide() {
		Judgement judgement = judge(6.0, 7.0, null, on(TaskStatus.NOT_STARTED));
		assertThat(judgement.health()).isEqualTo(ComponentHealth.ON_TRACK);
		assertThat(judgement.belowTarget()).isFalse();
		assertThat(judge(6.0, 7.0, null).health()).isEqualTo(ComponentHealth.ON_TRACK);
	}

	@Test
	void noTasksAndAScoreAboveTheTargetIsOnTrack() {
		assertThat(judge(6.0, 7.0, 7.0).health()).isEqualTo(ComponentHealth.ON_TRACK);
	}

	private static Judgement judge(Double baseline, Double target, Double latest, TaskState... tasks) {
		return ComponentHealth.judge(baseline, target, latest, new ArrayList<>(List.of(tasks)), TODAY);
	}

	private static TaskState on(TaskStatus status) {
		return state(status, TODAY.plusDays(10));
	}

	private static TaskState state(TaskStatus status, LocalDate nextDue) {
		PlanTask task = new PlanTask(1, 1, 1L, 1, "Nhiệm vụ", "", TaskKind.MONTHLY, 25, null, "", "", "", false, null,
				List.of(), List.of(), "", false);
		return new TaskState(task, status, 50, true, 1L, status == TaskStatus.DONE ? null : nextDue);
	}

}
