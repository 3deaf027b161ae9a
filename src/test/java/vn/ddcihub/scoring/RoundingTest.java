package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundingTest {

	@Test
	void roundsHalfUpOnTheDecimalFormLikeExcel() {
		assertThat(Rounding.halfUp(2.675, 2)).isEqualTo(2.68);
		assertThat(Rounding.halfUp(1.005, 2)).isEqualTo(1.01);
		assertThat(Rounding.halfUp(55.0125, 2)).isEqualTo(55.01);
		assertThat(Rounding.halfUp(70.25000000000001, 2)).isEqualTo(70.25);
	}

	@Test
	void keyIsTheRoundedValueInHundredths() {
		assertThat(Rounding.key(6.775, 2)).isEqualTo(678);
		assertThat(Rounding.key(6.7749, 2)).isEqualTo(677);
	}

	@Test
	void nanStaysNaN() {
		assertThat(Rounding.halfUp(Double.NaN, 2)).isNaN();
	}

	@Test
	void rejectsAnUnsupportedScale() {
		assertThatThrownBy(() -> Rounding.halfUp(1.0, -1)).isInstanceOf(IllegalArgumentException.class);
	}

}
