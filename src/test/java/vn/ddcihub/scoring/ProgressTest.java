package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

/**
 * Bootstrap and sensitivity tell a {@link Progress} how far they are, count every
 * replicate and run exactly once, give the same numbers as without a listener, and stop
 * between replicates or runs when it says so.
 */
class ProgressTest {

	private static final int UNITS = 12;

	private static SurveyScorer scorer(int replicates, int runs) {
		List<IndicatorSpec> specs = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			specs.add(new IndicatorSpec("I" + i, i / 2, Polarity.THUAN, 1, Aggregation.MEAN));
		}
		ScoringParameters parameters = ScoringParameters.defaults()
			.withMinResponses(5)
			.withBootstrap(replicates, 9)
			.withSensitivity(runs, 0.2, ScoringParameters.defaults().sensitivityMethods(), true);
		return new SurveyScorer(specs, WeightedTotal.equalWeights(3), parameters);
	}

	private static double[][][] responses() {
		SplittableRandom random = new SplittableRandom(3);
		double[][][] responses = new double[UNITS][40][6];
		for (int u = 0; u < UNITS; u++) {
			for (double[] respondent : responses[u]) {
				for (int i = 0; i < 6; i++) {
					respondent[i] = u + random.nextDouble(-4, 4);
				}
			}
		}
		return responses;
	}

	@Test
	void bootstrapCountsEveryReplicateAndGivesTheSameIntervals() {
		List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
		BootstrapResult told = new Bootstrap(scorer(300, 10)).run(responses(), (done, total) -> {
			assertThat(total).isEqualTo(300);
			seen.add(done);
			return true;
		});
		BootstrapResult silent = new Bootstrap(scorer(300, 10)).run(responses());
		assertThat(seen).isSorted().last().isEqualTo(300);
		assertThat(told.totals()).containsExactly(silent.totals());
		assertThat(told.totalRanks()).containsExactly(silent.totalRanks());
	}

	@Test
	void bootstrapStopsWhenTold() {
		List<Integer> seen = new ArrayList<>();
		assertThatThrownBy(() -> new Bootstrap(scorer(1000, 10)).run(responses(), (done, total) -> {
			seen.add(done);
			return done < 64;
		})).isInstanceOf(CancellationException.class);
		assertThat(seen.get(seen.size() - 1)).isLessThan(1000);
	}

	@Test
	void sensitivityCountsEveryRunAndStopsWhenTold() {
		SurveyScorer scorer = scorer(10, 100);
		SurveyScore point = scorer.score(responses());
		List<Integer> seen = new ArrayList<>();
		SensitivityResult told = new Sensitivity(scorer).run(point.raw(), point.respondentCounts(), (done, total) -> {
			seen.add(done);
			return true;
		});
		assertThat(seen).isSorted().last().isEqualTo(100);
		assertThat(told.medianRanks())
			.containsExactly(new Sensitivity(scorer).run(point.raw(), point.respondentCounts()).medianRanks());
		assertThatThrownBy(() -> new Sensitivity(scorer).run(point.raw(), point.respondentCounts(),
				(done, total) -> done < Sensitivity.PROGRESS_EVERY))
			.isInstanceOf(CancellationException.class);
	}

}
