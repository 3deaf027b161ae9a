package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

	private static final int UNITS = 8;

	private static final int COMPONENTS = 3;

	private static final int INDICATORS_PER_COMPONENT = 2;

	private static ScoringEngine engine() {
		List<Indicator> indicators = new ArrayList<>();
		for (int c = 0; c < COMPONENTS; c++) {
			for (int k = 0; k < INDICATORS_PER_COMPONENT; k++) {
				indicators.add(new Indicator("C" + c + "I" + k, c, k == 1 ? Polarity.NGHICH : Polarity.THUAN));
			}
		}
		return new ScoringEngine(indicators, COMPONENTS);
	}

	/**
	 * Survey answers where unit u has a true level rising with u, 60 respondents, a few
	 * blanks.
	 */
	private static double[][][] responses() {
		SplittableRandom random = new SplittableRandom(7);
		int indicators = COMPONENTS * INDICATORS_PER_COMPONENT;
		double[][][] responses = new double[UNITS][60][indicators];
		for (int u = 0; u < UNITS; u++) {
			for (int r = 0; r < 60; r++) {
				for (int i = 0; i < indicators; i++) {
					double level = (i % 2 == 1) ? 10 - u : u;
					responses[u][r][i] = random.nextInt(20) == 0 ? Double.NaN : level + random.nextDouble(-3, 3);
				}
			}
		}
		return responses;
	}

	@Test
	void sameSeedGivesTheSameIntervals() {
		double[][][] responses = responses();
		BootstrapResult first = new Bootstrap(engine(), 200, 42).run(responses);
		BootstrapResult second = new Bootstrap(engine(), 200, 42).run(responses);
		assertThat(second.totals()).containsExactly(first.totals());
		assertThat(second.totalRanks()).containsExactly(first.totalRanks());
		for (int u = 0; u < UNITS; u++) {
			assertThat(second.components()[u]).containsExactly(first.components()[u]);
		}
	}

	@Test
	void differentSeedsGiveDifferentIntervals() {
		double[][][] responses = responses();
		BootstrapResult first = new Bootstrap(engine(), 200, 42).run(responses);
		BootstrapResult other = new Bootstrap(engine(), 200, 43).run(responses);
		assertThat(other.totals()).isNotEqualTo(first.totals());
	}

	@Test
	void intervalsContainThePointEstimates() {
		BootstrapResult result = new Bootstrap(engine(), 1000, 2020).run(responses());
		ScoringResult point = result.point();
		for (int u = 0; u < UNITS; u++) {
			assertThat(result.totals()[u].contains(point.total(u))).as("total of unit %d", u).isTrue();
			assertThat(result.totalRanks()[u].contains(point.totalRank(u))).as("rank of unit %d", u).isTrue();
			for (int c = 0; c < COMPONENTS; c++) {
				assertThat(result.components()[u][c].contains(point.component(u, c)))
					.as("component %d of unit %d", c, u)
					.isTrue();
				assertThat(result.componentRanks()[u][c].contains(point.componentRank(u, c))).isTrue();
			}
		}
	}

	@Test
	void intervalsAreOrderedAndStayOnTheScales() {
		BootstrapResult result = new Bootstrap(engine(), 300, 1).run(responses());
		for (int u = 0; u < UNITS; u++) {
			assertThat(result.totals()[u].lower()).isLessThanOrEqualTo(result.totals()[u].upper())
				.isGreaterThanOrEqualTo(10.0);
			assertThat(result.totals()[u].upper()).isLessThanOrEqualTo(100.0);
			assertThat(result.totalRanks()[u].best()).isBetween(1, UNITS);
			assertThat(result.totalRanks()[u].worst()).isBetween(result.totalRanks()[u].best(), UNITS);
		}
	}

	@Test
	void pointEstimateScoresTheMeansOfAllRespondents() {
		double[][][] responses = responses();
		BootstrapResult result = new Bootstrap(engine(), 10, 5).run(responses);
		ScoringResult direct = engine().score(Bootstrap.unitMeans(responses, COMPONENTS * INDICATORS_PER_COMPONENT));
		assertThat(result.point().totals()).containsExactly(direct.totals());
		assertThat(result.replicates()).isEqualTo(10);
	}

	@Test
	void unitMeansIgnoreMissingAnswers() {
		double[][][] responses = { { { 1, Double.NaN }, { 3, Double.NaN }, { Double.NaN, Double.NaN } } };
		double[][] means = Bootstrap.unitMeans(responses, 2);
		assertThat(means[0][0]).isEqualTo(2.0);
		assertThat(means[0][1]).isNaN();
	}

	@Test
	void unitWithIdenticalRespondentsStillGetsAnIntervalFromTheOthersVariation() {
		double[][][] responses = responses();
		for (double[] respondent : responses[3]) {
			java.util.Arrays.fill(respondent, 3.0);
		}
		BootstrapResult result = new Bootstrap(engine(), 200, 9).run(responses);
		assertThat(result.totals()[3].contains(result.point().total(3))).isTrue();
	}

	@Test
	void unitWithoutRespondentsIsMissingEverywhere() {
		double[][][] responses = responses();
		responses[0] = new double[0][];
		BootstrapResult result = new Bootstrap(engine(), 50, 3).run(responses);
		assertThat(result.point().totalRank(0)).isEqualTo(Ranking.UNRANKED);
		assertThat(result.totals()[0].lower()).isNaN();
		assertThat(result.totalRanks()[0]).isEqualTo(new RankInterval(Ranking.UNRANKED, Ranking.UNRANKED));
	}

	@Test
	void anchorsPooledWithOtherYearsWidenTheRange() {
		double[][][] responses = responses();
		int indicators = COMPONENTS * INDICATORS_PER_COMPONENT;
		double[] low = new double[indicators];
		double[] high = new double[indicators];
		java.util.Arrays.fill(low, -100);
		java.util.Arrays.fill(high, 100);
		BootstrapResult pooled = new Bootstrap(engine(), 100, 4).run(responses, Anchors.of(low, high));
		for (int u = 0; u < UNITS; u++) {
			assertThat(pooled.point().total(u)).isBetween(40.0, 70.0);
		}
	}

	@Test
	void rejectsZeroReplicates() {
		assertThatThrownBy(() -> new Bootstrap(engine(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
