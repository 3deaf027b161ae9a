package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedTotalTest {

	@Test
	void equalWeightsGiveTheMeanTimesTen() {
		double total = WeightedTotal.equalWeights(8)
			.total(new double[] { 6.77, 6.83, 5.53, 2.65, 4.50, 6.78, 4.69, 6.26 });
		assertThat(total).isCloseTo(55.0125, within(1e-9));
	}

	@Test
	void weightsShiftTheTotalTowardsHeavierComponents() {
		WeightedTotal weighted = WeightedTotal.of(3, 1);
		assertThat(weighted.total(new double[] { 8, 4 })).isCloseTo(70.0, within(1e-9));
	}

	@Test
	void weightsAreRelativeSoPercentagesAndFractionsAgree() {
		double[] scores = { 5, 6, 7, 8, 4, 6, 7, 8, 9, 5 };
		double percent = WeightedTotal.of(5, 5, 20, 5, 10, 5, 5, 20, 20, 5).total(scores);
		double fraction = WeightedTotal.of(.05, .05, .20, .05, .10, .05, .05, .20, .20, .05).total(scores);
		assertThat(percent).isCloseTo(fraction, within(1e-9));
	}

	@Test
	void missingComponentIsLeftOutAndTheRestReweighted() {
		WeightedTotal weighted = WeightedTotal.of(1, 1, 2);
		assertThat(weighted.total(new double[] { 6, Double.NaN, 9 })).isCloseTo(80.0, within(1e-9));
	}

	@Test
	void noPresentComponentGivesNoTotal() {
		assertThat(WeightedTotal.equalWeights(2).total(new double[] { Double.NaN, Double.NaN })).isNaN();
	}

	@Test
	void zeroWeightComponentDoesNotCount() {
		assertThat(WeightedTotal.of(1, 0).total(new double[] { 6, 1 })).isCloseTo(60.0, within(1e-9));
	}

	@Test
	void rejectsNegativeWeights() {
		assertThatThrownBy(() -> WeightedTotal.of(1, -0.5)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("component 2")
			.hasMessageContaining("negative");
	}

	@Test
	void rejectsAllZeroWeights() {
		assertThatThrownBy(() -> WeightedTotal.of(0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("all be zero");
	}

	@Test
	void rejectsNaNWeights() {
		assertThatThrownBy(() -> WeightedTotal.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejectsScoresOfTheWrongLength() {
		assertThatThrownBy(() -> WeightedTotal.equalWeights(8).total(new double[7]))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Expected 8");
	}

	@Test
	void weightsAreCopiedSoCallersCannotChangeThem() {
		double[] weights = { 1, 1 };
		WeightedTotal weighted = WeightedTotal.of(weights);
		weights[0] = 100;
		assertThat(weighted.total(new double[] { 10, 0 })).isCloseTo(50.0, within(1e-9));
	}

}
