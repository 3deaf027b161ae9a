package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

	@Test
	void medianOfOddCountIsTheMiddleValue() {
		assertThat(Stats.median(new double[] { 7, 1, 3 })).isEqualTo(3);
	}

	@Test
	void medianOfEvenCountIsTheMeanOfTheTwoMiddleValues() {
		assertThat(Stats.median(new double[] { 4, 1, 3, 2 })).isEqualTo(2.5);
	}

	@Test
	void quartilesInterpolateLinearlyLikeExcelQuartileInc() {
		// Excel: QUARTILE.INC({1,2,3,4,5,6,7,8,9,10},1) = 3.25, (…,3) = 7.75
		Stats.Summary summary = Stats.of(new double[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 });
		assertThat(summary.q1()).isEqualTo(3.25);
		assertThat(summary.median()).isEqualTo(5.5);
		assertThat(summary.q3()).isEqualTo(7.75);
		assertThat(summary.min()).isEqualTo(1);
		assertThat(summary.max()).isEqualTo(10);
		assertThat(summary.mean()).isEqualTo(5.5);
		assertThat(summary.count()).isEqualTo(10);
	}

	@Test
	void quantileAtTheEndsIsMinAndMax() {
		double[] values = { 3, 1, 2 };
		assertThat(Stats.quantile(values, 0)).isEqualTo(1);
		assertThat(Stats.quantile(values, 1)).isEqualTo(3);
	}

	@Test
	void missingValuesAreIgnored() {
		Stats.Summary summary = Stats.of(new double[] { Double.NaN, 2, 4, Double.NaN });
		assertThat(summary.count()).isEqualTo(2);
		assertThat(summary.median()).isEqualTo(3);
		assertThat(summary.mean()).isEqualTo(3);
	}

	@Test
	void oneValueIsEveryStatistic() {
		Stats.Summary summary = Stats.of(new double[] { 6.26 });
		assertThat(summary.min()).isEqualTo(6.26);
		assertThat(summary.q1()).isEqualTo(6.26);
		assertThat(summary.median()).isEqualTo(6.26);
		assertThat(summary.q3()).isEqualTo(6.26);
		assertThat(summary.max()).isEqualTo(6.26);
		assertThat(summary.mean()).isCloseTo(6.26, within(1e-12));
	}

	@Test
	void noValuesGiveNaNStatistics() {
		Stats.Summary summary = Stats.of(new double[] { Double.NaN });
		assertThat(summary.count()).isZero();
		assertThat(summary.median()).isNaN();
		assertThat(summary.mean()).isNaN();
	}

	@Test
	void belowMedianOnlyWhenStrictlyUnderTheMedian() {
		Stats.Summary summary = Stats.of(new double[] { 1, 2, 3 });
		assertThat(summary.isBelowMedian(1.99)).isTrue();
		assertThat(summary.isBelowMedian(2)).isFalse();
		assertThat(summary.isBelowMedian(2.5)).isFalse();
		assertThat(summary.isBelowMedian(Double.NaN)).isFalse();
	}

	@Test
	void rejectsAProbabilityOutsideZeroToOne() {
		assertThatThrownBy(() -> Stats.quantile(new double[] { 1 }, 1.5)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("[0, 1]");
	}

}
