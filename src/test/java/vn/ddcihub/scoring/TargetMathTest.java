package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetMathTest {

	private static final double[] TARGETS_2020 = { 7.80, 7.70, 6.50, 6.0, 7.5, 7.0, 6.3, 7.4 };

	private static final double[] SCORES_2019 = { 6.77, 6.83, 5.53, 2.65, 4.50, 6.78, 4.69, 6.26 };

	private static final double[] EQUAL = { 1, 1, 1, 1, 1, 1, 1, 1 };

	@Test
	void seedTargetsFor2020ImplyATotalOf70Point25() {
		assertThat(TargetMath.impliedTotal(TARGETS_2020, EQUAL)).isEqualTo(70.25);
	}

	@Test
	void seedScoresOf2019ImplyATotalOf55Point01() {
		assertThat(TargetMath.impliedTotal(SCORES_2019, EQUAL)).isEqualTo(55.01);
	}

	@Test
	void impliedTotalUsesTheGivenWeights() {
		assertThat(TargetMath.impliedTotal(new double[] { 8, 4 }, new double[] { 3, 1 })).isEqualTo(70.0);
	}

	@Test
	void equallingTheKthBestPeerIsEnoughBecauseTiesShareTheRank() {
		double[] peers = { 9.1, 8.4, 7.95, 7.2, 6.0 };
		TargetGap target = TargetMath.scoreNeededForRank(6.5, peers, 3, ScoreScale.COMPONENT);
		assertThat(target.needed()).isEqualTo(7.95);
		assertThat(target.current()).isEqualTo(6.5);
		assertThat(target.gap()).isEqualTo(1.45);
		assertThat(target.achievable()).isTrue();
		assertThat(Ranking.rankAmong(target.needed(), peers, 2)).isEqualTo(3);
		assertThat(Ranking.rankAmong(target.needed() - 0.01, peers, 2)).isEqualTo(4);
	}

	@Test
	void neededScoreIsThePeerScoreRoundedToTwoDecimals() {
		TargetGap target = TargetMath.scoreNeededForRank(5, new double[] { 7.456, 6 }, 1, ScoreScale.COMPONENT);
		assertThat(target.needed()).isEqualTo(7.46);
	}

	@Test
	void tiedPeersAtTheKthPlaceStillNeedOnlyTheirScore() {
		double[] peers = { 9, 8, 8, 7 };
		assertThat(TargetMath.scoreNeededForRank(5, peers, 2, ScoreScale.COMPONENT).needed()).isEqualTo(8);
		assertThat(TargetMath.scoreNeededForRank(5, peers, 3, ScoreScale.COMPONENT).needed()).isEqualTo(8);
		assertThat(TargetMath.scoreNeededForRank(5, peers, 4, ScoreScale.COMPONENT).needed()).isEqualTo(7);
	}

	@Test
	void fewerPeersThanKMeansTheScaleMinimumIsEnough() {
		TargetGap component = TargetMath.scoreNeededForRank(4.2, new double[] { 8, 7 }, 3, ScoreScale.COMPONENT);
		assertThat(component.needed()).isEqualTo(1.0);
		assertThat(component.gap()).isEqualTo(-3.2);
		assertThat(component.achievable()).isTrue();
		TargetGap total = TargetMath.scoreNeededForRank(55.01, new double[] { 60 }, 10, ScoreScale.TOTAL);
		assertThat(total.needed()).isEqualTo(10.0);
	}

	@Test
	void missingPeerScoresDoNotCountAsPeers() {
		TargetGap target = TargetMath.scoreNeededForRank(5, new double[] { 8, Double.NaN }, 2, ScoreScale.COMPONENT);
		assertThat(target.needed()).isEqualTo(1.0);
	}

	@Test
	void alreadyGoodEnoughShowsANegativeGap() {
		TargetGap target = TargetMath.scoreNeededForRank(9.5, new double[] { 9, 8 }, 1, ScoreScale.COMPONENT);
		assertThat(target.gap()).isEqualTo(-0.5);
	}

	@Test
	void improvingPeersRaiseTheNeededScoreByTheirChange() {
		double[] peers = { 9.1, 8.4, 7.95 };
		TargetGap target = TargetMath.scoreNeededForRank(6.5, peers, 2, ScoreScale.COMPONENT, 0.35);
		assertThat(target.needed()).isEqualTo(8.75);
		assertThat(target.gap()).isEqualTo(2.25);
	}

	@Test
	void neededAboveTheScaleMaximumIsNotAchievable() {
		TargetGap target = TargetMath.scoreNeededForRank(6.5, new double[] { 9.8 }, 1, ScoreScale.COMPONENT, 0.5);
		assertThat(target.needed()).isEqualTo(10.3);
		assertThat(target.achievable()).isFalse();
		TargetGap total = TargetMath.scoreNeededForRank(80, new double[] { 99 }, 1, ScoreScale.TOTAL, 2);
		assertThat(total.achievable()).isFalse();
	}

	@Test
	void decliningPeersLowerTheNeededScoreButNotBelowTheScaleMinimum() {
		TargetGap target = TargetMath.scoreNeededForRank(2, new double[] { 1.5 }, 1, ScoreScale.COMPONENT, -1);
		assertThat(target.needed()).isEqualTo(1.0);
	}

	@Test
	void missingCurrentScoreLeavesTheGapUnknown() {
		TargetGap target = TargetMath.scoreNeededForRank(Double.NaN, new double[] { 8 }, 1, ScoreScale.COMPONENT);
		assertThat(target.needed()).isEqualTo(8);
		assertThat(target.gap()).isNaN();
	}

	@Test
	void medianChangeIsTheMedianOfPairedYearOnYearDifferences() {
		double[] previous = { 5, 6, 7, Double.NaN };
		double[] current = { 5.5, 6.1, 7.9, 8 };
		assertThat(TargetMath.medianChange(previous, current)).isEqualTo(0.5);
	}

	@Test
	void rejectsATargetRankBelowOne() {
		assertThatThrownBy(() -> TargetMath.scoreNeededForRank(5, new double[] { 6 }, 0, ScoreScale.COMPONENT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 1");
	}

}
