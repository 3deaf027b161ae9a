package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {

	private static final double NaN = Double.NaN;

	@Test
	void higherScoreGetsTheBetterRank() {
		assertThat(Ranking.ranks(new double[] { 5.0, 9.0, 7.0 })).containsExactly(3, 1, 2);
	}

	@Test
	void tiedScoresShareTheBetterRankAndTheNextRankIsSkipped() {
		assertThat(Ranking.ranks(new double[] { 9, 8, 8, 7 })).containsExactly(1, 2, 2, 4);
	}

	@Test
	void allTiedUnitsShareRankOne() {
		assertThat(Ranking.ranks(new double[] { 6.5, 6.5, 6.5 })).containsExactly(1, 1, 1);
	}

	@Test
	void scoresEqualAfterRoundingToTwoDecimalsAreTied() {
		assertThat(Ranking.ranks(new double[] { 7.004, 6.996, 6.5 })).containsExactly(1, 1, 3);
	}

	@Test
	void scoresDifferentAfterRoundingAreNotTied() {
		assertThat(Ranking.ranks(new double[] { 7.005, 7.004 })).containsExactly(1, 2);
	}

	@Test
	void coarserScaleCreatesMoreTies() {
		assertThat(Ranking.ranks(new double[] { 7.04, 6.96, 6.5 }, 1)).containsExactly(1, 1, 3);
	}

	@Test
	void missingScoreIsUnrankedAndDoesNotCountForOthers() {
		double[] scores = { NaN, 8, 9 };
		assertThat(Ranking.ranks(scores)).containsExactly(Ranking.UNRANKED, 2, 1);
		assertThat(Ranking.rankedCount(scores)).isEqualTo(2);
	}

	@Test
	void oneUnitIsRankedFirst() {
		assertThat(Ranking.ranks(new double[] { 3.2 })).containsExactly(1);
	}

	@Test
	void emptyBlockHasNoRanks() {
		assertThat(Ranking.ranks(new double[0])).isEmpty();
	}

	@Test
	void rankAmongPeersCountsOnlyStrictlyBetterPeers() {
		double[] peers = { 9, 8, 8, 7, NaN };
		assertThat(Ranking.rankAmong(8, peers, 2)).isEqualTo(2);
		assertThat(Ranking.rankAmong(7.5, peers, 2)).isEqualTo(4);
		assertThat(Ranking.rankAmong(9.5, peers, 2)).isEqualTo(1);
		assertThat(Ranking.rankAmong(NaN, peers, 2)).isEqualTo(Ranking.UNRANKED);
	}

	@Test
	void negativeScoresRankBelowPositiveOnes() {
		assertThat(Ranking.ranks(new double[] { -1.5, 0, 2 })).containsExactly(3, 2, 1);
	}

}
