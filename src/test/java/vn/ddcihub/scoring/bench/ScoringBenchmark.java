package vn.ddcihub.scoring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import vn.ddcihub.scoring.Indicator;
import vn.ddcihub.scoring.Polarity;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.ScoringEngine;
import vn.ddcihub.scoring.ScoringResult;

/**
 * A large department block: 60 units, 40 indicators in 8 components (every fourth
 * indicator nghịch, 5% answers missing), 100 respondents per unit. Run with
 * {@code bench/scoring.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ScoringBenchmark {

	private static final int UNITS = 60;

	private static final int INDICATORS = 40;

	private static final int COMPONENTS = 8;

	private static final int RESPONDENTS = 100;

	private static final int REPLICATES = 1000;

	private ScoringEngine engine;

	private double[][] raw;

	private double[][][] responses;

	private double[] totals;

	@Setup
	public void setUp() {
		List<Indicator> indicators = new ArrayList<>();
		for (int i = 0; i < INDICATORS; i++) {
			indicators.add(new Indicator("I" + i, i % COMPONENTS, i % 4 == 3 ? Polarity.NGHICH : Polarity.THUAN));
		}
		engine = new ScoringEngine(indicators, COMPONENTS);
		SplittableRandom random = new SplittableRandom(60);
		responses = new double[UNITS][RESPONDENTS][INDICATORS];
		for (int u = 0; u < UNITS; u++) {
			double level = random.nextDouble();
			for (int r = 0; r < RESPONDENTS; r++) {
				for (int i = 0; i < INDICATORS; i++) {
					responses[u][r][i] = random.nextInt(20) == 0 ? Double.NaN
							: (random.nextDouble() < level ? 1.0 : 0.0);
				}
			}
		}
		raw = Bootstrap.unitMeans(responses, INDICATORS);
		totals = engine.score(raw).totals();
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public ScoringResult score60Units40Indicators8Components() {
		return engine.score(raw);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public BootstrapResult bootstrap1000Replicates100RespondentsPerUnit() {
		return new Bootstrap(engine, REPLICATES, 2020).run(responses);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public int[] rank60Units() {
		return Ranking.ranks(totals);
	}

}
