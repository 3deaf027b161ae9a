package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreRulesTest {

	@Test
	void scoresRunFromZeroToTenAndTotalsToAHundred() {
		assertThat(ScoreRules.isScore(0)).isTrue();
		assertThat(ScoreRules.isScore(10)).isTrue();
		assertThat(ScoreRules.isScore(10.01)).isFalse();
		assertThat(ScoreRules.isScore(-0.01)).isFalse();
		assertThat(ScoreRules.isTotal(100)).isTrue();
		assertThat(ScoreRules.isTotal(100.5)).isFalse();
		assertThat(ScoreRules.scoreRange()).isEqualTo("0–10");
	}

	@Test
	void ranksAreWholeNumbersFromOneToTheNumberOfUnits() {
		assertThat(ScoreRules.isRank(1, 23)).isTrue();
		assertThat(ScoreRules.isRank(23, 23)).isTrue();
		assertThat(ScoreRules.isRank(24, 23)).isFalse();
		assertThat(ScoreRules.isRank(0, 23)).isFalse();
		assertThat(ScoreRules.isRank(2.5, 23)).isFalse();
	}

}
