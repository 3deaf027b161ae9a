package vn.ddcihub.scoring.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import vn.ddcihub.scoring.Bootstrap;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.scoring.Sensitivity;
import vn.ddcihub.scoring.SurveyScorer;
import vn.ddcihub.scoring.WeightedTotal;

/**
 * Peak heap of the {@link SurveyScoringBenchmark} workloads in one JVM: the sum of the
 * heap pools' peak usage (JMX) after scoring, 1,000 bootstrap replicates and 1,000
 * sensitivity runs, done twice. Run by {@code bench/scoring.sh} with {@code -Xmx512m}, so
 * exceeding the target fails with OutOfMemoryError rather than going unnoticed.
 */
public final class ScoringPeakHeap {

	private ScoringPeakHeap() {
	}

	public static void main(String[] args) {
		SurveyScorer scorer = new SurveyScorer(SurveyBlock.specs(SurveyBlock.INDICATORS),
				WeightedTotal.equalWeights(SurveyBlock.COMPONENTS), ScoringParameters.defaults());
		double[][][] responses = SurveyBlock.responses(2026);
		double[][] indexValues = SurveyBlock.unitValues(63, SurveyBlock.INDICATORS, 63);
		int[] counts = new int[63];
		Arrays.fill(counts, 100);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		long checksum = 0;
		for (int round = 0; round < 2; round++) {
			checksum += scorer.score(responses).scores().totalRank(1);
			checksum += new Bootstrap(scorer).run(responses).totalRanks()[1].worst();
			checksum += (long) new Sensitivity(scorer).run(indexValues, counts).medianRanks()[1];
		}
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("Peak heap (sum of heap pools' peaks) %.1f MB of max %.0f MB (checksum %d)%n",
				peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, checksum);
	}

}
