package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensitivityTest {

	private static final int UNITS = 15;

	private static final int INDICATORS = 12;

	private static List<IndicatorSpec> specs() {
		List<IndicatorSpec> specs = new ArrayList<>();
		for (int i = 0; i < INDICATORS; i++) {
			specs.add(new IndicatorSpec("I" + i, i % 4, i % 3 == 2 ? Polarity.NGHICH : Polarity.THUAN, 1,
					Aggregation.MEAN));
		}
		return specs;
	}

	private static double[][] raw() {
		SplittableRandom random = new SplittableRandom(5);
		double[][] raw = new double[UNITS][INDICATORS];
		for (double[] unit : raw) {
			for (int i = 0; i < INDICATORS; i++) {
				unit[i] = random.nextDouble() * (i == 0 ? 1 + random.nextInt(3) * 50 : 1);
			}
		}
		return raw;
	}

	private static int[] counts() {
		int[] counts = new int[UNITS];
		java.util.Arrays.fill(counts, 40);
		counts[4] = 3;
		return counts;
	}

	private static SurveyScorer scorer(ScoringParameters parameters) {
		return new SurveyScorer(specs(), WeightedTotal.equalWeights(4), parameters);
	}

	@Test
	void withoutAnyVariationEveryRunGivesThePointRanks() {
		ScoringParameters fixed = ScoringParameters.defaults()
			.withSensitivity(50, 0, EnumSet.of(Normalisation.MIN_MAX), false);
		SurveyScorer scorer = scorer(fixed);
		SurveyScore point = scorer.scoreUnits(raw(), counts());
		SensitivityResult result = new Sensitivity(scorer).run(raw(), counts());
		assertThat(result.runs()).isEqualTo(50);
		for (int u = 0; u < UNITS; u++) {
			int rank = point.scores().totalRank(u);
			if (rank == Ranking.UNRANKED) {
				assertThat(result.medianRanks()[u]).isNaN();
				assertThat(result.rankRanges()[u]).isEqualTo(new RankInterval(0, 0));
			}
			else {
				assertThat(result.medianRanks()[u]).isEqualTo(rank);
				assertThat(result.rankRanges()[u]).isEqualTo(new RankInterval(rank, rank));
			}
		}
		assertThat(result.medianRanks()[4]).as("too few responses").isNaN();
	}

	@Test
	void theSameSeedReproducesTheResultExactly() {
		SurveyScorer scorer = scorer(ScoringParameters.defaults().withWinsorisation(false, 5).withBootstrap(1, 99));
		SensitivityResult first = new Sensitivity(scorer).run(raw(), counts());
		SensitivityResult second = new Sensitivity(scorer).run(raw(), counts());
		assertThat(second.medianRanks()).containsExactly(first.medianRanks());
		assertThat(second.rankRanges()).containsExactly(first.rankRanges());
	}

	@Test
	void varyingMethodsWidensRankRangesAroundTheMedian() {
		SensitivityResult result = new Sensitivity(scorer(ScoringParameters.defaults())).run(raw(), counts());
		int widened = 0;
		for (int u = 0; u < UNITS; u++) {
			if (u == 4) {
				continue;
			}
			RankInterval range = result.rankRanges()[u];
			assertThat(range.best()).isBetween(1, UNITS - 1);
			assertThat(result.medianRanks()[u]).isBetween((double) range.best(), (double) range.worst());
			widened += range.worst() > range.best() ? 1 : 0;
		}
		assertThat(widened).isPositive();
	}

	@Test
	void refusesMethodsThatNeedAnchorsItWasNotGiven() {
		SurveyScorer scorer = scorer(ScoringParameters.defaults()
			.withSensitivity(10, 0.1, EnumSet.of(Normalisation.MIN_MAX, Normalisation.POOLED_MIN_MAX), true));
		assertThatThrownBy(() -> new Sensitivity(scorer)).hasMessageContaining("POOLED_MIN_MAX");
	}

}
