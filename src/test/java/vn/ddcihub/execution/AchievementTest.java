package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.ddcihub.execution.domain.Achievement;

/** Đạt / chưa đạt: a result against what the plan set, on hand-made cases. */
class AchievementTest {

	@Test
	void scoreAtOrAboveTheTargetIsAchieved() {
		assertThat(Achievement.ofScore(7.80, 7.81)).isEqualTo(Achievement.ACHIEVED);
		assertThat(Achievement.ofScore(7.80, 7.80)).isEqualTo(Achievement.ACHIEVED);
		assertThat(Achievement.ofScore(7.80, 7.79)).isEqualTo(Achievement.NOT_ACHIEVED);
		assertThat(Achievement.ofScore(70.0, 68.5)).isEqualTo(Achievement.NOT_ACHIEVED);
	}

	@Test
	void rankWithinTheGoalIsAchieved() {
		assertThat(Achievement.ofRank(10, 1)).isEqualTo(Achievement.ACHIEVED);
		assertThat(Achievement.ofRank(10, 10)).isEqualTo(Achievement.ACHIEVED);
		assertThat(Achievement.ofRank(10, 11)).isEqualTo(Achievement.NOT_ACHIEVED);
	}

	@Test
	void withoutTargetOrResultNothingCanBeTold() {
		assertThat(Achievement.ofScore(null, 7.0)).isEqualTo(Achievement.UNKNOWN);
		assertThat(Achievement.ofScore(7.0, null)).isEqualTo(Achievement.UNKNOWN);
		assertThat(Achievement.ofRank(null, 3)).isEqualTo(Achievement.UNKNOWN);
		assertThat(Achievement.UNKNOWN.words()).isEqualTo("chưa có kết quả");
		assertThat(Achievement.NOT_ACHIEVED.words()).isEqualTo("chưa đạt");
	}

}
