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

	@Test
	void intervalsAreNinetyPercentFromTheFifthToTheNinetyFifthPercentile() {
		assertThat(Bootstrap.LOWER_PERCENTILE).isEqualTo(0.05);
		assertThat(Bootstrap.UPPER_PERCENTILE).isEqualTo(0.95);
		// 0..20: type-7 5th percentile at h = 1, 95th at h = 19
		double[] samples = new double[21];
		for (int k = 0; k < samples.length; k++) {
			samples[k] = 20 - k;
		}
		assertThat(Bootstrap.interval(samples)).isEqualTo(new Interval(1, 19));
	}

	@Test
	void oneRespondentPerUnitLeavesNothingToResample() {
		double[][][] responses = new double[UNITS][1][];
		for (int u = 0; u < UNITS; u++) {
			responses[u][0] = new double[] { u, 10 - u, u * u, 1, u % 3, 2 };
		}
		BootstrapResult result = new Bootstrap(engine(), 50, 8).run(responses);
		for (int u = 0; u < UNITS; u++) {
			double total = result.point().total(u);
			assertThat(result.totals()[u]).isEqualTo(new Interval(total, total));
			int rank = result.point().totalRank(u);
			assertThat(result.totalRanks()[u]).isEqualTo(new RankInterval(rank, rank));
		}
	}

	@Test
	void resamplesEveryStepFromTheSurveyScorerReproducibly() {
		List<IndicatorSpec> specs = new ArrayList<>();
		Aggregation[] kinds = Aggregation.values();
		for (int i = 0; i < 20; i++) {
			specs
				.add(new IndicatorSpec("I" + i, i % 4, i % 5 == 4 ? Polarity.NGHICH : Polarity.THUAN, 1, kinds[i % 3]));
		}
		SplittableRandom random = new SplittableRandom(21);
		double[][][] responses = new double[25][][];
		for (int u = 0; u < responses.length; u++) {
			responses[u] = new double[u == 0 ? 5 : 40 + random.nextInt(20)][20];
			for (double[] respondent : responses[u]) {
				for (int i = 0; i < 20; i++) {
					respondent[i] = random.nextInt(15) == 0 ? Double.NaN
							: i % 3 == 0 ? random.nextInt(2) : random.nextInt(1 + u % 5 + 1);
				}
			}
		}
		for (Normalisation method : List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE, Normalisation.RANK)) {
			SurveyScorer scorer = new SurveyScorer(specs, WeightedTotal.equalWeights(4),
					ScoringParameters.defaults()
						.withMinResponses(10)
						.withNormalisation(method)
						.withWinsorisation(true, 3)
						.withImputation(Imputation.COMPONENT_MEAN)
						.withBootstrap(1000, 77));
			// 25 × ~50 × 20 answers × 1,000 replicates: large enough to run on two
			// threads
			BootstrapResult first = new Bootstrap(scorer).run(responses);
			BootstrapResult second = new Bootstrap(scorer).run(responses);
			assertThat(second.totals()).containsExactly(first.totals());
			assertThat(second.totalRanks()).containsExactly(first.totalRanks());
			for (int u = 0; u < responses.length; u++) {
				assertThat(second.components()[u]).containsExactly(first.components()[u]);
			}
			assertThat(first.survey().isFlagged(0)).isTrue();
			assertThat(first.totalRanks()[0]).isEqualTo(new RankInterval(Ranking.UNRANKED, Ranking.UNRANKED));
			assertThat(first.point().totals()).containsExactly(scorer.score(responses).scores().totals());
		}
	}

	@Test
	void unitsWhoseTotalIntervalsOverlapCannotBeToldApart() {
		Interval[] totals = { new Interval(50, 60), new Interval(59, 70), new Interval(60.5, 65),
				new Interval(Double.NaN, Double.NaN) };
		BootstrapResult result = new BootstrapResult(null, 1, new Interval[4][0], totals, new RankInterval[4][0],
				new RankInterval[4], null);
		assertThat(result.indistinguishable(0, 1)).isTrue();
		assertThat(result.indistinguishable(0, 2)).isFalse();
		assertThat(result.indistinguishable(1, 2)).isTrue();
		assertThat(result.indistinguishable(2, 3)).isFalse();
		assertThat(result.indistinguishablePairs()).containsExactly(new UnitPair(0, 1), new UnitPair(1, 2));
	}

}
