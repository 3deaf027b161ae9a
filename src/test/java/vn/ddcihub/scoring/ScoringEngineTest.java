package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

	private static final double NaN = Double.NaN;

	private static ScoringEngine oneIndicator(Polarity polarity) {
		return new ScoringEngine(List.of(new Indicator("A", 0, polarity)), 1);
	}

	@Test
	void thuanIndicatorMapsMinToOneAndMaxToTen() {
		ScoringResult result = oneIndicator(Polarity.THUAN).score(new double[][] { { 20 }, { 50 }, { 80 } });
		assertThat(result.normalised()[0][0]).isEqualTo(1.0);
		assertThat(result.normalised()[1][0]).isCloseTo(5.5, within(1e-12));
		assertThat(result.normalised()[2][0]).isEqualTo(10.0);
	}

	@Test
	void nghichIndicatorMapsMinToTenAndMaxToOne() {
		ScoringResult result = oneIndicator(Polarity.NGHICH).score(new double[][] { { 2 }, { 5 }, { 14 } });
		assertThat(result.normalised()[0][0]).isEqualTo(10.0);
		assertThat(result.normalised()[1][0]).isCloseTo(1 + 9 * 9.0 / 12, within(1e-12));
		assertThat(result.normalised()[2][0]).isEqualTo(1.0);
		assertThat(result.totalRanks()).containsExactly(1, 2, 3);
	}

	@Test
	void flatIndicatorWhereMaxEqualsMinGivesEveryUnitTen() {
		ScoringResult result = oneIndicator(Polarity.THUAN).score(new double[][] { { 0.4 }, { 0.4 }, { NaN } });
		assertThat(result.normalised()[0][0]).isEqualTo(10.0);
		assertThat(result.normalised()[1][0]).isEqualTo(10.0);
		assertThat(result.normalised()[2][0]).isNaN();
		assertThat(result.totalRanks()).containsExactly(1, 1, Ranking.UNRANKED);
	}

	@Test
	void oneUnitScoresTenAndRanksFirst() {
		ScoringResult result = oneIndicator(Polarity.NGHICH).score(new double[][] { { 12 } });
		assertThat(result.component(0, 0)).isEqualTo(10.0);
		assertThat(result.total(0)).isEqualTo(100.0);
		assertThat(result.totalRank(0)).isEqualTo(1);
	}

	@Test
	void componentIsTheMeanOfItsPresentIndicatorsSoAMissingOneIsSkipped() {
		ScoringEngine engine = new ScoringEngine(
				List.of(new Indicator("A", 0, Polarity.THUAN), new Indicator("B", 0, Polarity.THUAN)), 1);
		ScoringResult result = engine.score(new double[][] { { 0, NaN }, { 10, 0 }, { 5, 10 } });
		assertThat(result.component(0, 0)).isEqualTo(1.0);
		assertThat(result.component(1, 0)).isCloseTo((10 + 1) / 2.0, within(1e-12));
		assertThat(result.component(2, 0)).isCloseTo((5.5 + 10) / 2.0, within(1e-12));
	}

	@Test
	void componentWithoutAnyPresentIndicatorIsMissingAndTheTotalUsesTheRest() {
		ScoringEngine engine = new ScoringEngine(
				List.of(new Indicator("A", 0, Polarity.THUAN), new Indicator("B", 1, Polarity.THUAN)), 2);
		ScoringResult result = engine.score(new double[][] { { NaN, 0 }, { 1, 1 }, { 0, 2 } });
		assertThat(result.component(0, 0)).isNaN();
		assertThat(result.componentRank(0, 0)).isEqualTo(Ranking.UNRANKED);
		assertThat(result.total(0)).isCloseTo(10.0, within(1e-12));
		assertThat(result.total(1)).isCloseTo((10 + 5.5) / 2 * 10, within(1e-12));
		assertThat(result.componentRanks()[1]).containsExactly(1, 2);
	}

	@Test
	void indicatorWithNoValueAtAllLeavesItsScoresMissing() {
		ScoringEngine engine = new ScoringEngine(
				List.of(new Indicator("A", 0, Polarity.THUAN), new Indicator("B", 0, Polarity.THUAN)), 1);
		ScoringResult result = engine.score(new double[][] { { NaN, 1 }, { NaN, 3 } });
		assertThat(result.normalised()[0][0]).isNaN();
		assertThat(result.component(0, 0)).isEqualTo(1.0);
		assertThat(result.component(1, 0)).isEqualTo(10.0);
	}

	@Test
	void indicatorWeightsWeighTheComponentMean() {
		ScoringEngine engine = new ScoringEngine(
				List.of(new Indicator("A", 0, Polarity.THUAN, 3), new Indicator("B", 0, Polarity.THUAN, 1)), 1);
		ScoringResult result = engine.score(new double[][] { { 1, 0 }, { 0, 1 } });
		assertThat(result.component(0, 0)).isCloseTo((3 * 10 + 1) / 4.0, within(1e-12));
		assertThat(result.component(1, 0)).isCloseTo((3 + 10) / 4.0, within(1e-12));
	}

	@Test
	void componentWeightsWeighTheTotal() {
		ScoringEngine engine = new ScoringEngine(
				List.of(new Indicator("A", 0, Polarity.THUAN), new Indicator("B", 1, Polarity.THUAN)),
				WeightedTotal.of(1, 3));
		ScoringResult result = engine.score(new double[][] { { 1, 0 }, { 0, 1 } });
		assertThat(result.total(0)).isCloseTo((10 + 3 * 1) / 4.0 * 10, within(1e-12));
		assertThat(result.total(1)).isCloseTo((1 + 3 * 10) / 4.0 * 10, within(1e-12));
		assertThat(result.totalRanks()).containsExactly(2, 1);
	}

	@Test
	void tiedUnitsShareTheBetterRank() {
		ScoringResult result = oneIndicator(Polarity.THUAN).score(new double[][] { { 9 }, { 8 }, { 8 }, { 7 } });
		assertThat(result.totalRanks()).containsExactly(1, 2, 2, 4);
	}

	@Test
	void pooledAnchorsOverSeveralYearsKeepScoresComparable() {
		ScoringEngine engine = oneIndicator(Polarity.THUAN);
		double[][] year2019 = { { 0 }, { 100 } };
		double[][] year2020 = { { 40 }, { 60 } };
		Anchors pooled = Anchors.pooled(1, year2019, year2020);
		assertThat(pooled.min(0)).isEqualTo(0);
		assertThat(pooled.max(0)).isEqualTo(100);
		ScoringResult result = engine.score(year2020, pooled);
		assertThat(result.normalised()[0][0]).isCloseTo(1 + 9 * 0.4, within(1e-12));
		assertThat(result.normalised()[1][0]).isCloseTo(1 + 9 * 0.6, within(1e-12));
	}

	@Test
	void valueOutsideGivenAnchorsIsClampedToTheScale() {
		ScoringResult result = oneIndicator(Polarity.THUAN).score(new double[][] { { -5 }, { 150 } },
				Anchors.of(new double[] { 0 }, new double[] { 100 }));
		assertThat(result.normalised()[0][0]).isEqualTo(1.0);
		assertThat(result.normalised()[1][0]).isEqualTo(10.0);
	}

	@Test
	void normaliseIsUsableOnItsOwn() {
		assertThat(ScoringEngine.normalise(3, 1, 5, Polarity.THUAN)).isCloseTo(5.5, within(1e-12));
		assertThat(ScoringEngine.normalise(3, 1, 4, Polarity.NGHICH)).isCloseTo(4.0, within(1e-12));
		assertThat(ScoringEngine.normalise(NaN, 1, 4, Polarity.NGHICH)).isNaN();
	}

	@Test
	void rejectsAComponentWithoutIndicators() {
		assertThatThrownBy(() -> new ScoringEngine(List.of(new Indicator("A", 0, Polarity.THUAN)), 2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Component index 1");
	}

	@Test
	void rejectsAnIndicatorOfAnUnknownComponent() {
		assertThatThrownBy(() -> new ScoringEngine(List.of(new Indicator("A", 3, Polarity.THUAN)), 2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only 2 components");
	}

	@Test
	void rejectsANegativeIndicatorWeight() {
		assertThatThrownBy(() -> new Indicator("A", 0, Polarity.THUAN, -1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("non-negative");
	}

	@Test
	void rejectsARowWithTheWrongNumberOfIndicators() {
		assertThatThrownBy(() -> oneIndicator(Polarity.THUAN).score(new double[][] { { 1, 2 } }))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
