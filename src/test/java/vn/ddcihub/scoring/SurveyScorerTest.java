package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SurveyScorerTest {

	private static final double NAN = Double.NaN;

	private static final double EPS = 1e-9;

	/** A (share, thuận) and B (mean, nghịch) in component 0, C (median, thuận) in 1. */
	private static final List<IndicatorSpec> SPECS = List.of(
			new IndicatorSpec("A", 0, Polarity.THUAN, 1, Aggregation.SHARE_FAVOURABLE),
			new IndicatorSpec("B", 0, Polarity.NGHICH, 1, Aggregation.MEAN),
			new IndicatorSpec("C", 1, Polarity.THUAN, 1, Aggregation.MEDIAN));

	/**
	 * Unit values by hand: U0 A 2/3, B 3, C median(5,3,1) = 3; U1 A 1, B 7, C median(2,4)
	 * = 3; U2 A 1/4, B 2, C median(9,7) = 8; U3 has one respondent (A 1, B 0, C 10).
	 */
	private static double[][][] handResponses() {
		return new double[][][] { { { 1, 2, 5 }, { 0, 4, 3 }, { 1, NAN, 1 } }, { { 1, 6, 2 }, { 1, 8, 4 } },
				{ { 0, 1, 9 }, { 0, 3, NAN }, { 1, 2, 7 }, { 0, 2, NAN } }, { { 1, 0, 10 } } };
	}

	private static SurveyScorer scorer(ScoringParameters parameters) {
		return new SurveyScorer(SPECS, WeightedTotal.equalWeights(2), parameters);
	}

	@Test
	void aggregatesNormalisesCombinesAndRanksAsWorkedOutByHand() {
		SurveyScore score = scorer(ScoringParameters.defaults().withMinResponses(2)).score(handResponses());
		assertThat(score.raw()[0]).containsExactly(new double[] { 2.0 / 3, 3, 3 }, within(EPS));
		assertThat(score.raw()[1]).containsExactly(new double[] { 1, 7, 3 }, within(EPS));
		assertThat(score.raw()[2]).containsExactly(new double[] { 0.25, 2, 8 }, within(EPS));
		assertThat(score.respondentCounts()).containsExactly(3, 2, 4, 1);
		ScoringResult result = score.scores();
		// block anchors (U3 left out): A 0.25..1, B 2..7 (nghịch), C 3..8
		assertThat(result.normalised()[0]).containsExactly(new double[] { 6, 8.2, 1 }, within(EPS));
		assertThat(result.normalised()[1]).containsExactly(new double[] { 10, 1, 1 }, within(EPS));
		assertThat(result.normalised()[2]).containsExactly(new double[] { 1, 10, 10 }, within(EPS));
		assertThat(result.normalised()[3]).containsExactly(new double[] { 10, 10, 10 }, within(EPS));
		assertThat(result.components()[0]).containsExactly(new double[] { 7.1, 1 }, within(EPS));
		assertThat(result.totals()).containsExactly(new double[] { 40.5, 32.5, 77.5, 100 }, within(EPS));
		assertThat(result.totalRanks()).containsExactly(2, 3, 1, Ranking.UNRANKED);
		assertThat(result.componentRanks()[3]).containsExactly(Ranking.UNRANKED, Ranking.UNRANKED);
		assertThat(result.componentRanks()[1]).containsExactly(2, 2);
		assertThat(score.componentMedians()).containsExactly(new double[] { 5.5, 1 }, within(EPS));
		assertThat(score.totalMedian()).isCloseTo(40.5, within(EPS));
		assertThat(score.isFlagged(3)).isTrue();
		assertThat(score.isFlagged(0)).isFalse();
		assertThat(score.band(2, Bands.ddciDefault())).map(Band::label).contains("Tốt");
		assertThat(score.band(3, Bands.ddciDefault())).isEmpty();
		assertThat(score.treatments()).isEmpty();
	}

	@Test
	void withoutAMinimumTheSmallUnitSetsTheAnchorsToo() {
		SurveyScore score = scorer(ScoringParameters.defaults().withMinResponses(1)).score(handResponses());
		// B now spans 0..7: U0's B = 1 + 9·4/7
		assertThat(score.scores().normalised()[0][1]).isCloseTo(1 + 9 * 4.0 / 7, within(EPS));
		assertThat(score.scores().totalRank(3)).isEqualTo(1);
	}

	@Test
	void blockMeanImputationFillsTheRawValueAndListsIt() {
		SurveyScore score = twoIndicatorScorer(Imputation.BLOCK_MEAN)
			.scoreUnits(new double[][] { { 1, 10 }, { 3, NAN }, { 5, 30 } }, new int[] { 1, 1, 1 });
		assertThat(score.treatments()).containsExactly(new Treatment(1, 1, Treatment.Kind.IMPUTED_BLOCK_MEAN, NAN, 20));
		assertThat(score.scores().normalised()[1]).containsExactly(new double[] { 5.5, 5.5 }, within(EPS));
		assertThat(score.raw()[1][1]).isNaN();
	}

	@Test
	void componentMeanImputationFillsTheNormalisedScoreAndListsIt() {
		SurveyScore score = twoIndicatorScorer(Imputation.COMPONENT_MEAN)
			.scoreUnits(new double[][] { { 1, 10 }, { 4, NAN }, { 5, 30 } }, new int[] { 1, 1, 1 });
		// X of U1 = 1 + 9·3/4 = 7.75, Y of U1 takes it
		assertThat(score.treatments())
			.containsExactly(new Treatment(1, 1, Treatment.Kind.IMPUTED_COMPONENT_MEAN, NAN, 7.75));
		assertThat(score.scores().normalised()[1]).containsExactly(new double[] { 7.75, 7.75 }, within(EPS));
	}

	@Test
	void anIndicatorMissingEverywhereStaysMissingAndTheOthersCarryTheComponent() {
		SurveyScore score = twoIndicatorScorer(Imputation.BLOCK_MEAN)
			.scoreUnits(new double[][] { { 1, NAN }, { 3, NAN }, { 5, NAN } }, new int[] { 1, 1, 1 });
		assertThat(score.treatments()).isEmpty();
		assertThat(score.scores().normalised()[1][1]).isNaN();
		assertThat(score.scores().totals()).containsExactly(new double[] { 10, 55, 100 }, within(EPS));
	}

	@Test
	void winsorisationTreatsTheBlockAndListsEveryClippedValue() {
		double[][] raw = new double[22][1];
		for (int u = 0; u < 20; u++) {
			raw[u][0] = u + 1;
		}
		raw[20][0] = 200;
		raw[21][0] = 1000;
		SurveyScorer scorer = new SurveyScorer(List.of(new IndicatorSpec("X", 0, Polarity.THUAN, 1, Aggregation.MEAN)),
				WeightedTotal.equalWeights(1),
				ScoringParameters.defaults().withMinResponses(0).withWinsorisation(true, 5));
		SurveyScore score = scorer.scoreUnits(raw, new int[22]);
		assertThat(score.treatments()).containsExactly(new Treatment(20, 0, Treatment.Kind.WINSORISED, 200, 20),
				new Treatment(21, 0, Treatment.Kind.WINSORISED, 1000, 20));
		assertThat(score.scores().normalised()[21][0]).isEqualTo(10);
		assertThat(score.scores().normalised()[19][0]).isEqualTo(10);
		assertThat(score.scores().normalised()[9][0]).isCloseTo(1 + 9 * 9.0 / 19, within(EPS));
	}

	@Test
	void methodsNeedingGivenAnchorsRefuseToStartWithout() {
		assertThatThrownBy(() -> scorer(ScoringParameters.defaults().withNormalisation(Normalisation.GOALPOSTS)))
			.hasMessageContaining("GOALPOSTS");
	}

	@Test
	void goalpostsComeFromTheGivenAnchors() {
		SurveyScorer scorer = new SurveyScorer(SPECS, WeightedTotal.equalWeights(2),
				ScoringParameters.defaults().withMinResponses(2).withNormalisation(Normalisation.GOALPOSTS),
				Anchors.of(new double[] { 0, 0, 0 }, new double[] { 1, 10, 10 }));
		SurveyScore score = scorer.score(handResponses());
		// U1: A 1 → 10, B 7 nghịch → 1 + 9·3/10 = 3.7, C 3 → 3.7
		assertThat(score.scores().normalised()[1]).containsExactly(new double[] { 10, 3.7, 3.7 }, within(EPS));
	}

	private static SurveyScorer twoIndicatorScorer(Imputation imputation) {
		return new SurveyScorer(
				List.of(new IndicatorSpec("X", 0, Polarity.THUAN, 1, Aggregation.MEAN),
						new IndicatorSpec("Y", 0, Polarity.THUAN, 1, Aggregation.MEAN)),
				WeightedTotal.equalWeights(1),
				ScoringParameters.defaults().withMinResponses(0).withImputation(imputation));
	}

	/**
	 * A second, straightforward implementation of aggregation (means), min–max with
	 * polarity over units with enough responses, weighted components, weighted total × 10
	 * and competition ranks on 2 decimals, compared on random blocks.
	 */
	@Test
	void agreesWithAnIndependentImplementationOnRandomBlocks() {
		SplittableRandom random = new SplittableRandom(11);
		for (int trial = 0; trial < 20; trial++) {
			int units = 5 + random.nextInt(40);
			int components = 1 + random.nextInt(6);
			int indicators = components + random.nextInt(20);
			int minimum = random.nextInt(8);
			List<IndicatorSpec> specs = new ArrayList<>();
			for (int i = 0; i < indicators; i++) {
				specs.add(new IndicatorSpec("I" + i, i < components ? i : random.nextInt(components),
						random.nextBoolean() ? Polarity.THUAN : Polarity.NGHICH, 0.5 + random.nextDouble(2),
						random.nextBoolean() ? Aggregation.MEAN : Aggregation.SHARE_FAVOURABLE));
			}
			double[] componentWeights = new double[components];
			for (int c = 0; c < components; c++) {
				componentWeights[c] = random.nextDouble(0.1, 3);
			}
			double[][][] responses = new double[units][][];
			for (int u = 0; u < units; u++) {
				responses[u] = new double[random.nextInt(15)][indicators];
				for (double[] respondent : responses[u]) {
					for (int i = 0; i < indicators; i++) {
						respondent[i] = random.nextInt(10) == 0 ? NAN : random.nextInt(5) + random.nextDouble();
					}
				}
			}
			SurveyScore actual = new SurveyScorer(specs, WeightedTotal.of(componentWeights),
					ScoringParameters.defaults().withMinResponses(minimum))
				.score(responses);
			double[] expectedTotals = Reference.totals(specs, componentWeights, responses, minimum);
			for (int u = 0; u < units; u++) {
				if (Double.isNaN(expectedTotals[u])) {
					assertThat(actual.scores().total(u)).as("trial %d unit %d", trial, u).isNaN();
				}
				else {
					assertThat(actual.scores().total(u)).as("trial %d unit %d", trial, u)
						.isCloseTo(expectedTotals[u], within(EPS));
				}
			}
			assertThat(actual.scores().totalRanks()).as("trial %d", trial)
				.containsExactly(Reference.ranks(expectedTotals, responses, minimum));
		}
	}

	/** The independent implementation: plain loops, no shared code. */
	private static final class Reference {

		static double[] totals(List<IndicatorSpec> specs, double[] componentWeights, double[][][] responses,
				int minimum) {
			int units = responses.length;
			int k = specs.size();
			double[][] raw = new double[units][k];
			for (int u = 0; u < units; u++) {
				for (int i = 0; i < k; i++) {
					double sum = 0;
					int n = 0;
					for (double[] respondent : responses[u]) {
						if (!Double.isNaN(respondent[i])) {
							sum += respondent[i];
							n++;
						}
					}
					raw[u][i] = n == 0 ? NAN : sum / n;
				}
			}
			double[] totals = new double[units];
			for (int u = 0; u < units; u++) {
				double[] num = new double[componentWeights.length];
				double[] den = new double[componentWeights.length];
				for (int i = 0; i < k; i++) {
					double lo = Double.POSITIVE_INFINITY;
					double hi = Double.NEGATIVE_INFINITY;
					for (int v = 0; v < units; v++) {
						if (responses[v].length >= minimum && !Double.isNaN(raw[v][i])) {
							lo = Math.min(lo, raw[v][i]);
							hi = Math.max(hi, raw[v][i]);
						}
					}
					double x = raw[u][i];
					if (Double.isNaN(x) || lo == Double.POSITIVE_INFINITY) {
						continue;
					}
					double score;
					if (hi == lo) {
						score = 10;
					}
					else {
						double share = specs.get(i).polarity() == Polarity.THUAN ? (x - lo) / (hi - lo)
								: (hi - x) / (hi - lo);
						score = Math.max(1, Math.min(10, 1 + 9 * share));
					}
					int c = specs.get(i).componentIndex();
					num[c] += specs.get(i).weight() * score;
					den[c] += specs.get(i).weight();
				}
				double total = 0;
				double weight = 0;
				for (int c = 0; c < componentWeights.length; c++) {
					if (den[c] > 0) {
						total += componentWeights[c] * (num[c] / den[c]);
						weight += componentWeights[c];
					}
				}
				totals[u] = weight > 0 ? total / weight * 10 : NAN;
			}
			return totals;
		}

		static int[] ranks(double[] totals, double[][][] responses, int minimum) {
			int[] ranks = new int[totals.length];
			for (int u = 0; u < totals.length; u++) {
				if (Double.isNaN(totals[u]) || responses[u].length < minimum) {
					continue;
				}
				int better = 0;
				for (int v = 0; v < totals.length; v++) {
					if (!Double.isNaN(totals[v]) && responses[v].length >= minimum
							&& rounded(totals[v]).compareTo(rounded(totals[u])) > 0) {
						better++;
					}
				}
				ranks[u] = better + 1;
			}
			return ranks;
		}

		private static BigDecimal rounded(double x) {
			return new BigDecimal(Double.toString(x)).setScale(2, RoundingMode.HALF_UP);
		}

	}

}
