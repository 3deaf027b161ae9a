package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class WinsorisationTest {

	/** 1, 2, …, 20 followed by {@code tail}. */
	private static double[] oneToTwentyAnd(double... tail) {
		return DoubleStream.concat(DoubleStream.iterate(1, x -> x + 1).limit(20), DoubleStream.of(tail)).toArray();
	}

	@Test
	void skewnessAndKurtosisAreExcelsSampleStatistics() {
		// COINr's example: 1..10 with two outliers 30 and 100 (values checked against the
		// Excel SKEW/KURT formulas computed by hand in a second language)
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100 };
		assertThat(Winsorisation.skewness(values, values.length)).isCloseTo(3.0632410342394985, within(1e-9));
		assertThat(Winsorisation.kurtosis(values, values.length)).isCloseTo(9.741390834569142, within(1e-9));
	}

	@Test
	void statisticsAreUndefinedForTooFewOrEqualValues() {
		assertThat(Winsorisation.skewness(new double[] { 1, 2 }, 2)).isNaN();
		assertThat(Winsorisation.kurtosis(new double[] { 1, 2, 3 }, 3)).isNaN();
		assertThat(Winsorisation.skewness(new double[] { 4, 4, 4, 4 }, 4)).isNaN();
	}

	@Test
	void clipsTheLargestValueToTheNextUntilSkewAndKurtosisAreAcceptable() {
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100 };
		assertThat(Winsorisation.treat(values, values.length, 5)).isEqualTo(1);
		assertThat(values).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30);
	}

	@Test
	void repeatsAndClipsTiedExtremesTogether() {
		double[] values = oneToTwentyAnd(200, 1000);
		// 1000 → 200 (skew 3.00, kurtosis 7.86), then both 200 → 20 (skew −0.09)
		assertThat(Winsorisation.treat(values, values.length, 5)).isEqualTo(3);
		assertThat(values).containsExactly(oneToTwentyAnd(20, 20));
	}

	@Test
	void stopsBeforeAStepThatWouldPassTheCap() {
		double[] values = oneToTwentyAnd(200, 1000);
		assertThat(Winsorisation.treat(values, values.length, 2)).isEqualTo(1);
		assertThat(values).containsExactly(oneToTwentyAnd(200, 200));
		double[] untouched = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100 };
		assertThat(Winsorisation.treat(untouched, untouched.length, 0)).isZero();
		assertThat(untouched[11]).isEqualTo(100);
	}

	@Test
	void negativeSkewClipsTheSmallestValueUpwards() {
		double[] values = DoubleStream
			.concat(DoubleStream.of(-1000, -200), DoubleStream.iterate(1, x -> x + 1).limit(20))
			.toArray();
		assertThat(Winsorisation.treat(values, values.length, 5)).isEqualTo(3);
		assertThat(values[0]).isEqualTo(1);
		assertThat(values[1]).isEqualTo(1);
	}

	@Test
	void aSymmetricIndicatorIsLeftAlone() {
		double[] values = { 1, 2, 3, 4, 5, 6, 7, 8 };
		assertThat(Winsorisation.treat(values, values.length, 5)).isZero();
		assertThat(values).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
	}

}
