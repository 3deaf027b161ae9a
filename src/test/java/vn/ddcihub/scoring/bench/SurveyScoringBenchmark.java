package vn.ddcihub.scoring.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.ddcihub.scoring.Bootstrap;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.scoring.Sensitivity;
import vn.ddcihub.scoring.SensitivityResult;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.scoring.SurveyScorer;
import vn.ddcihub.scoring.WeightedTotal;

/**
 * The targets: scoring 10,000 respondents × 100 indicators × 60 units (&lt; 50
 * ms), 1,000 bootstrap replicates of it (&lt; 1.5 s), and 1,000 sensitivity runs of a
 * 63-unit × 100-indicator index (&lt; 2 s; COINr ≈ 55 s) — default parameters (min–max,
 * 30 responses; sensitivity over min–max, z-score and rank, with and without
 * winsorisation, weights ± 20 %). Run with {@code bench/scoring.sh}, which also gives the
 * forks only 512 MB of heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SurveyScoringBenchmark {

	private SurveyScorer scorer;

	private double[][][] responses;

	private Sensitivity sensitivity;

	private double[][] indexValues;

	private int[] indexCounts;

	@Setup
	public void setUp() {
		scorer = new SurveyScorer(SurveyBlock.specs(SurveyBlock.INDICATORS),
				WeightedTotal.equalWeights(SurveyBlock.COMPONENTS), ScoringParameters.defaults());
		responses = SurveyBlock.responses(2026);
		sensitivity = new Sensitivity(scorer);
		indexValues = SurveyBlock.unitValues(63, SurveyBlock.INDICATORS, 63);
		indexCounts = new int[63];
		Arrays.fill(indexCounts, 100);
	}

	@Benchmark
	public SurveyScore score10000Respondents100Indicators60Units() {
		return scorer.score(responses);
	}

	@Benchmark
	public BootstrapResult bootstrap1000Replicates() {
		return new Bootstrap(scorer).run(responses);
	}

	@Benchmark
	public SensitivityResult sensitivity1000Runs63Units100Indicators() {
		return sensitivity.run(indexValues, indexCounts);
	}

}
