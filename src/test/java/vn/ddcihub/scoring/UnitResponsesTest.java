package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnitResponsesTest {

	private static final Aggregation[] KINDS = { Aggregation.SHARE_FAVOURABLE, Aggregation.MEAN, Aggregation.MEDIAN };

	@Test
	void aggregatesByHandIgnoringMissingAnswers() {
		double[][] answers = { { 1, 2, 5 }, { 0, Double.NaN, 1 }, { 1, 6, Double.NaN }, { Double.NaN, 1, 3 },
				{ 0, 3, 2 } };
		double[] out = new double[3];
		new UnitResponses(answers, KINDS).aggregate(null, out, new double[3], new double[3]);
		// share 2/4, mean (2+6+1+3)/4, median of 1 2 3 5 = 2.5
		assertThat(out).containsExactly(new double[] { 0.5, 3, 2.5 }, within(1e-12));
	}

	@Test
	void respondentMultiplicitiesEqualRepeatingTheRespondents() {
		SplittableRandom random = new SplittableRandom(3);
		for (int trial = 0; trial < 200; trial++) {
			int n = 1 + random.nextInt(12);
			double[][] answers = new double[n][3];
			for (double[] row : answers) {
				for (int i = 0; i < 3; i++) {
					row[i] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(6);
				}
			}
			int[] multiplicity = new int[n];
			for (int draw = 0; draw < n; draw++) {
				multiplicity[random.nextInt(n)]++;
			}
			double[] out = new double[3];
			new UnitResponses(answers, KINDS).aggregate(multiplicity, out, new double[3], new double[3]);
			for (int i = 0; i < 3; i++) {
				double[] expanded = new double[n];
				int size = 0;
				for (int r = 0; r < n; r++) {
					for (int times = 0; times < multiplicity[r]; times++) {
						expanded[size++] = answers[r][i];
					}
				}
				double[] column = Arrays.copyOf(expanded, size);
				double expected = i == 2 ? Stats.median(column) : Stats.of(column).mean();
				if (Double.isNaN(expected)) {
					assertThat(out[i]).isNaN();
				}
				else {
					assertThat(out[i]).as("trial %d indicator %d", trial, i).isCloseTo(expected, within(1e-12));
				}
			}
		}
	}

}
