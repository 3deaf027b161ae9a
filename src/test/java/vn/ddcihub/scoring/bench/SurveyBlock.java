package vn.ddcihub.scoring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.ddcihub.scoring.Aggregation;
import vn.ddcihub.scoring.IndicatorSpec;
import vn.ddcihub.scoring.Polarity;

/**
 * Synthetic survey data of the performance targets: 10,000 respondents spread
 * over 60 units (80 to 250 each), 100 indicators in 8 components — 70 shares of
 * favourable answers (1/0), 20 Likert means (1–5), 10 medians of days (nghịch) — 5 % of
 * answers missing, each unit with its own level.
 */
final class SurveyBlock {

	static final int UNITS = 60;

	static final int RESPONDENTS = 10_000;

	static final int INDICATORS = 100;

	static final int COMPONENTS = 8;

	private SurveyBlock() {
	}

	static List<IndicatorSpec> specs(int indicators) {
		List<IndicatorSpec> specs = new ArrayList<>();
		for (int i = 0; i < indicators; i++) {
			int kind = i % 10;
			Aggregation aggregation = kind < 7 ? Aggregation.SHARE_FAVOURABLE
					: kind < 9 ? Aggregation.MEAN : Aggregation.MEDIAN;
			specs.add(new IndicatorSpec("I" + i, i % COMPONENTS, kind == 9 ? Polarity.NGHICH : Polarity.THUAN, 1,
					aggregation));
		}
		return specs;
	}

	/** {@code [unit][respondent][indicator]}, reproducible from {@code seed}. */
	static double[][][] responses(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] sizes = new int[UNITS];
		int assigned = 0;
		for (int u = 0; u < UNITS; u++) {
			sizes[u] = 80 + random.nextInt(171);
			assigned += sizes[u];
		}
		// scale to exactly RESPONDENTS in total
		int total = 0;
		for (int u = 0; u < UNITS; u++) {
			sizes[u] = (int) ((long) sizes[u] * RESPONDENTS / assigned);
			total += sizes[u];
		}
		sizes[0] += RESPONDENTS - total;
		double[][][] responses = new double[UNITS][][];
		for (int u = 0; u < UNITS; u++) {
			double level = random.nextDouble(0.2, 0.9);
			responses[u] = new double[sizes[u]][INDICATORS];
			for (double[] respondent : responses[u]) {
				for (int i = 0; i < INDICATORS; i++) {
					int kind = i % 10;
					respondent[i] = random.nextInt(20) == 0 ? Double.NaN
							: kind < 7 ? (random.nextDouble() < level ? 1.0 : 0.0) : kind < 9
									? 1 + Math.min(4, (int) (random.nextDouble() * 5 * level + random.nextInt(2)))
									: random.nextInt(1, 30) * (1.5 - level);
				}
			}
		}
		return responses;
	}

	/**
	 * Unit values of an index without respondents, as COINr's sensitivity example:
	 * {@code units × indicators}, skewed in a few indicators so winsorisation has work.
	 */
	static double[][] unitValues(int units, int indicators, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] raw = new double[units][indicators];
		for (double[] unit : raw) {
			for (int i = 0; i < indicators; i++) {
				double x = random.nextDouble();
				unit[i] = i % 7 == 0 ? Math.exp(6 * x * x * x) : 100 * x;
			}
		}
		return raw;
	}

}
