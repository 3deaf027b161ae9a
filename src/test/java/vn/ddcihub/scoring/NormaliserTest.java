package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormaliserTest {

	private static final double NAN = Double.NaN;

	private static final boolean[] ALL = { true, true, true, true };

	private static double[] normalise(Normalisation method, double[] values, boolean[] inBlock, boolean reversed,
			double givenMin, double givenMax) {
		double[] out = new double[values.length];
		Normaliser.normaliseColumn(method, values, inBlock, reversed, givenMin, givenMax, out,
				new double[values.length]);
		return out;
	}

	private static void assertScores(double[] actual, double... expected) {
		assertThat(actual).hasSize(expected.length);
		for (int u = 0; u < expected.length; u++) {
			if (Double.isNaN(expected[u])) {
				assertThat(actual[u]).as("unit %d", u).isNaN();
			}
			else {
				assertThat(actual[u]).as("unit %d", u).isCloseTo(expected[u], within(1e-9));
			}
		}
	}

	@Test
	void minMaxSpreadsTheBlockOverOneToTenBothWays() {
		double[] values = { 2, 4, 6, 8 };
		assertScores(normalise(Normalisation.MIN_MAX, values, ALL, false, NAN, NAN), 1, 4, 7, 10);
		assertScores(normalise(Normalisation.MIN_MAX, values, ALL, true, NAN, NAN), 10, 7, 4, 1);
	}

	@Test
	void unitsOutsideTheBlockAreScoredAgainstItsAnchorsAndClamped() {
		double[] values = { 2, 4, 6, 8, 0, 5 };
		boolean[] inBlock = { true, true, true, true, false, false };
		assertScores(normalise(Normalisation.MIN_MAX, values, inBlock, false, NAN, NAN), 1, 4, 7, 10, 1, 5.5);
	}

	@Test
	void pooledAnchorsOnlyWidenTheBlocksRange() {
		double[] values = { 2, 4, 6, 8 };
		assertScores(normalise(Normalisation.POOLED_MIN_MAX, values, ALL, false, 0, 10), 2.8, 4.6, 6.4, 8.2);
		assertScores(normalise(Normalisation.POOLED_MIN_MAX, values, ALL, false, 3, 5), 1, 4, 7, 10);
		assertScores(normalise(Normalisation.POOLED_MIN_MAX, values, ALL, false, 0, 5), 3.25, 5.5, 7.75, 10);
	}

	@Test
	void goalpostsAreFixedAndValuesOutsideAreClamped() {
		double[] values = { 2, 4, 6, 8 };
		assertScores(normalise(Normalisation.GOALPOSTS, values, ALL, false, 0, 10), 2.8, 4.6, 6.4, 8.2);
		assertScores(normalise(Normalisation.GOALPOSTS, values, ALL, false, 3, 5), 1, 5.5, 10, 10);
		assertScores(normalise(Normalisation.GOALPOSTS, values, ALL, true, 3, 5), 10, 5.5, 1, 1);
		assertScores(normalise(Normalisation.GOALPOSTS, values, ALL, false, NAN, NAN), NAN, NAN, NAN, NAN);
	}

	@Test
	void zScoreMapsTheMeanToFiveAndAHalfAndOneSampleDeviationToOneAndAHalfPoints() {
		double[] values = { 2, 4, 6, 8 };
		double s = Math.sqrt(20.0 / 3);
		assertScores(normalise(Normalisation.Z_SCORE, values, ALL, false, NAN, NAN), 5.5 - 1.5 * 3 / s, 5.5 - 1.5 / s,
				5.5 + 1.5 / s, 5.5 + 1.5 * 3 / s);
		assertScores(normalise(Normalisation.Z_SCORE, values, ALL, true, NAN, NAN), 5.5 + 1.5 * 3 / s, 5.5 + 1.5 / s,
				5.5 - 1.5 / s, 5.5 - 1.5 * 3 / s);
	}

	@Test
	void zScoreIsClampedToTheScale() {
		// mean 0, s = 1 over the block; 10 and -10 lie far outside
		double[] values = { -1, 1, 10, -10 };
		boolean[] inBlock = { true, true, false, false };
		double s = Math.sqrt(2);
		assertScores(normalise(Normalisation.Z_SCORE, values, inBlock, false, NAN, NAN), 5.5 - 1.5 / s, 5.5 + 1.5 / s,
				10, 1);
	}

	@Test
	void rankAveragesTiesAndPutsTheWorstAtOne() {
		assertScores(normalise(Normalisation.RANK, new double[] { 2, 4, 6, 8 }, ALL, false, NAN, NAN), 1, 4, 7, 10);
		assertScores(normalise(Normalisation.RANK, new double[] { 2, 4, 4, 8 }, ALL, false, NAN, NAN), 1, 5.5, 5.5, 10);
		assertScores(normalise(Normalisation.RANK, new double[] { 2, 4, 4, 8 }, ALL, true, NAN, NAN), 10, 5.5, 5.5, 1);
	}

	@Test
	void rankOfAUnitOutsideTheBlockIsItsRankHadItJoined() {
		double[] values = { 2, 4, 4, 8, 5 };
		boolean[] inBlock = { true, true, true, true, false };
		// 5 beats 2, 4, 4: r = 4 of m = 5
		assertScores(normalise(Normalisation.RANK, values, inBlock, false, NAN, NAN), 1, 5.5, 5.5, 10, 7.75);
	}

	@Test
	void allEqualGivesTenWhateverTheMethod() {
		double[] values = { 3, 3, 3, NAN };
		for (Normalisation method : new Normalisation[] { Normalisation.MIN_MAX, Normalisation.POOLED_MIN_MAX,
				Normalisation.Z_SCORE, Normalisation.RANK }) {
			assertScores(normalise(method, values, ALL, false, NAN, NAN), 10, 10, 10, NAN);
			assertScores(normalise(method, values, ALL, true, NAN, NAN), 10, 10, 10, NAN);
		}
		assertScores(normalise(Normalisation.GOALPOSTS, values, ALL, false, 3, 3), 10, 10, 10, NAN);
	}

	@Test
	void anIndicatorWithoutAnyBlockValueIsMissingEverywhere() {
		double[] values = { NAN, NAN, NAN, 4 };
		boolean[] inBlock = { true, true, true, false };
		for (Normalisation method : new Normalisation[] { Normalisation.MIN_MAX, Normalisation.Z_SCORE,
				Normalisation.RANK }) {
			assertScores(normalise(method, values, inBlock, false, NAN, NAN), NAN, NAN, NAN, NAN);
		}
	}

}
