package vn.ddcihub.index.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionResults.UnitResult;

class EditionCalculatorTest {

	private static final EditionDefinition TWO = new EditionDefinition(2020, Block.DISTRICT, "Thử", false,
			List.of(new EditionDefinition.ComponentDef("A", "A", "A", 1, 1),
					new EditionDefinition.ComponentDef("B", "B", "B", 2, 3)),
			List.of(), List.of());

	private static UnitScores unit(String code, double a, double b, Double published) {
		return new UnitScores(code, code, null, new double[] { a, b }, published, null);
	}

	@Test
	void tiesShareARankAndTheNextRankIsSkipped() {
		EditionResults results = EditionCalculator.compute(TWO,
				List.of(unit("U1", 9, 9, null), unit("U2", 8, 8, null), unit("U3", 8, 8, null), unit("U4", 7, 7, null)),
				null);
		assertThat(results.units()).extracting(UnitResult::totalRank).containsExactly(1, 2, 2, 4);
		assertThat(results.units()).extracting(u -> u.ranks().get(0)).containsExactly(1, 2, 2, 4);
	}

	@Test
	void weightedTotalUsesTheEditionsWeightsAndPublishedTotalsStayAuthoritative() {
		EditionResults results = EditionCalculator.compute(TWO, List.of(unit("U1", 8, 6, null), unit("U2", 6, 8, 75.0)),
				null);
		UnitResult u1 = results.unit("U1").orElseThrow();
		UnitResult u2 = results.unit("U2").orElseThrow();
		assertThat(u1.computedTotal()).isEqualTo(65.0);
		assertThat(u1.totalDifference()).isNull();
		assertThat(u2.computedTotal()).isEqualTo(75.0);
		assertThat(u2.total()).isEqualTo(75.0);
		assertThat(u2.band()).isEqualTo("Tốt");
		assertThat(u1.band()).isEqualTo("Khá");
		assertThat(results.totalStats().median()).isEqualTo(70.0);
		assertThat(u1.belowMedian()).containsExactly(false, true);
	}

	@Test
	void changesAgainstThePreviousEditionForUnitsPresentInBoth() {
		EditionResults previous = EditionCalculator.compute(TWO,
				List.of(unit("U1", 5, 5, null), unit("U2", 6, 6, null)), null);
		EditionResults current = EditionCalculator.compute(TWO.forYear(2021, "Thử 2021"),
				List.of(unit("U1", 7, 7, null), unit("U2", 6, 6, null), unit("U3", 1, 1, null)), previous);
		UnitResult u1 = current.unit("U1").orElseThrow();
		assertThat(u1.totalChange()).isEqualTo(20.0);
		assertThat(u1.rankChange()).isEqualTo(1);
		assertThat(u1.scoreChanges()).containsExactly(2.0, 2.0);
		assertThat(current.unit("U3").orElseThrow().rankChange()).isNull();
		assertThat(current.previousYear()).isEqualTo(2020);
	}

	private static UnitScores surveyed(String code, double a, double b, double total, Integer rank, boolean ranked) {
		return new UnitScores(code, code, null, new double[] { a, b }, total, rank, ranked, ranked ? 100 : 3, null);
	}

	@Test
	void aUnitBelowTheMinimumOfResponsesKeepsItsScoresWithoutRankBandOrPlaceInTheMedians() {
		EditionResults results = EditionCalculator.compute(TWO, List.of(surveyed("U1", 8, 8, 80.0, 1, true),
				surveyed("U2", 6, 6, 60.0, 2, true), surveyed("U3", 10, 10, 100.0, null, false)), null);
		UnitResult u3 = results.unit("U3").orElseThrow();
		assertThat(u3.scores()).containsExactly(10.0, 10.0);
		assertThat(u3.total()).isEqualTo(100.0);
		assertThat(u3.totalRank()).isZero();
		assertThat(u3.ranks()).containsOnlyNulls();
		assertThat(u3.band()).isNull();
		assertThat(results.totalStats().median()).isEqualTo(70.0);
		assertThat(results.componentStats().get(0).max()).isEqualTo(8.0);
		assertThat(results.units()).extracting(UnitResult::code).containsExactly("U1", "U2", "U3");
	}

	@Test
	void aSurveysRanksStandAsPublishedEvenWhereRoundedTotalsTie() {
		// 70.004 and 70.001 both store as 70.00; the survey ranked them 1 and 2
		EditionResults results = EditionCalculator.compute(TWO,
				List.of(surveyed("U1", 7, 7, 70.0, 2, true), surveyed("U2", 7, 7, 70.0, 1, true)), null);
		assertThat(results.unit("U2").orElseThrow().totalRank()).isEqualTo(1);
		assertThat(results.unit("U1").orElseThrow().totalRank()).isEqualTo(2);
		assertThat(results.unit("U1").orElseThrow().totalDifference()).isNull();
	}

}
