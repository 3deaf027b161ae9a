package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandsTest {

	private final Bands bands = Bands.ddciDefault();

	private String labelOf(double total) {
		return bands.bandOf(total).map(Band::label).orElse("-");
	}

	@Test
	void totalFallsInTheBandWithTheHighestLowerBoundNotAboveIt() {
		assertThat(labelOf(85)).isEqualTo("Rất tốt");
		assertThat(labelOf(70.25)).isEqualTo("Tốt");
		assertThat(labelOf(65)).isEqualTo("Khá");
		assertThat(labelOf(55.01)).isEqualTo("Trung bình");
		assertThat(labelOf(40)).isEqualTo("Thấp");
	}

	@Test
	void lowerBoundItselfBelongsToTheBand() {
		assertThat(labelOf(70)).isEqualTo("Tốt");
		assertThat(labelOf(69.99)).isEqualTo("Khá");
	}

	@Test
	void totalIsBandedOnItsPublishedTwoDecimalValue() {
		assertThat(labelOf(69.996)).isEqualTo("Tốt");
	}

	@Test
	void totalUnderTheLowestBoundOrMissingHasNoBand() {
		Bands custom = new Bands(List.of(new Band("Đạt", 50)));
		assertThat(custom.bandOf(49.99)).isEmpty();
		assertThat(custom.bandOf(Double.NaN)).isEmpty();
	}

	@Test
	void bandsMayBeGivenInAnyOrder() {
		Bands custom = new Bands(List.of(new Band("Thấp", 0), new Band("Cao", 75), new Band("Vừa", 50)));
		assertThat(custom.bandOf(80).orElseThrow().label()).isEqualTo("Cao");
		assertThat(custom.bands()).extracting(Band::label).containsExactly("Cao", "Vừa", "Thấp");
	}

	@Test
	void rejectsTwoBandsWithTheSameLowerBound() {
		assertThatThrownBy(() -> new Bands(List.of(new Band("A", 50), new Band("B", 50))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("share the lower bound");
	}

	@Test
	void rejectsNoBands() {
		assertThatThrownBy(() -> new Bands(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
