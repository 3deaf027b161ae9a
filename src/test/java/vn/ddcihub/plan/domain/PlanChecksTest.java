package vn.ddcihub.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.TaskKind;

class PlanChecksTest {

	static final double[] TARGETS = { 7.80, 7.70, 6.50, 6.0, 7.5, 7.0, 6.3, 7.4 };
	static final double[] BASELINES = { 6.77, 6.83, 5.53, 2.65, 4.50, 6.78, 4.69, 6.26 };

	static Plan plan() {
		return new Plan(1, 1, "60/KH-STNMT", "Lạng Sơn", LocalDate.of(2020, 6, 11), "", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
				"t", 2020, 2019, 2020, List.of(), "", List.of(), List.of(), List.of(), List.of(), "", "GIÁM ĐỐC",
				"Bùi Văn Côi", new Plan.Goals(10, 70.0, 10), PlanStatus.ISSUED, 1, null);
	}

	static List<PlanTarget> targets() {
		List<PlanTarget> targets = new ArrayList<>();
		for (int i = 0; i < TARGETS.length; i++) {
			targets.add(new PlanTarget(i + 1, 1, "C" + (i + 1), "C" + (i + 1), i + 1, BASELINES[i], 10, TARGETS[i], "",
					"", "", List.of(), List.of(), "+", false));
		}
		return targets;
	}

	@Test
	void withoutAnIndexTheTargetsAddUpUnderEqualWeights() {
		PlanChecks checks = new PlanChecks(new DefaultListableBeanFactory().getBeanProvider(IndexApi.class));
		GoalCheck check = checks.check(plan(), targets());
		assertThat(check.source()).isEqualTo("PLAN");
		assertThat(check.impliedTotal()).isEqualTo(70.25);
		assertThat(check.targetsMeetTotal()).isTrue();
		assertThat(check.baselineTotal()).isEqualTo(55.01);
		assertThat(check.gapToTotalScore()).isEqualTo(14.99);
		assertThat(check.components().get(0).gapToTarget()).isEqualTo(1.03);
	}

	@Test
	void recurringTasksAreDueOnTheirDayAndRegularWorkHasNoDate() {
		LocalDate today = LocalDate.of(2020, 7, 20);
		assertThat(task(TaskKind.MONTHLY, 25, null).nextDue(today)).isEqualTo(LocalDate.of(2020, 7, 25));
		assertThat(task(TaskKind.MONTHLY, 5, null).nextDue(today)).isEqualTo(LocalDate.of(2020, 8, 5));
		assertThat(task(TaskKind.QUARTERLY, 15, null).nextDue(today)).isEqualTo(LocalDate.of(2020, 9, 15));
		assertThat(task(TaskKind.YEARLY, null, LocalDate.of(2020, 12, 15)).nextDue(today))
			.isEqualTo(LocalDate.of(2020, 12, 15));
		assertThat(task(TaskKind.REGULAR, null, null).nextDue(today)).isNull();
		assertThat(task(TaskKind.YEARLY, null, LocalDate.of(2020, 12, 15)).schedule())
			.isEqualTo("Hàng năm, trước 15/12/2020");
	}

	static PlanTask task(TaskKind kind, Integer dueDay, LocalDate deadline) {
		return new PlanTask(1, 1, null, 1, "t", "", kind, dueDay, deadline, "", "", "", false, null, List.of(),
				List.of(), "", false);
	}

}
