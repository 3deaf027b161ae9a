package vn.ddcihub.scoring;

import java.util.List;

/** The two {@link Imputation} rules, in place, logging each filled value. */
final class Imputer {

	private Imputer() {
	}

	/**
	 * Fills each NaN in {@code raw[unit][indicator]} with the mean of that indicator over
	 * the units {@code inBlock}; an indicator without any block value stays NaN.
	 */
	static void fillBlockMeans(double[][] raw, boolean[] inBlock, List<Treatment> log) {
		int indicators = raw.length == 0 ? 0 : raw[0].length;
		for (int i = 0; i < indicators; i++) {
			double sum = 0;
			int n = 0;
			for (int u = 0; u < raw.length; u++) {
				double x = raw[u][i];
				if (inBlock[u] && x == x) {
					sum += x;
					n++;
				}
			}
			if (n == 0) {
				continue;
			}
			double mean = sum / n;
			for (int u = 0; u < raw.length; u++) {
				if (Double.isNaN(raw[u][i])) {
					raw[u][i] = mean;
					if (log != null) {
						log.add(new Treatment(u, i, Treatment.Kind.IMPUTED_BLOCK_MEAN, Double.NaN, mean));
					}
				}
			}
		}
	}

	/**
	 * Fills each NaN in {@code normalised[unit][indicator]} with the plain mean of the
	 * unit's present scores of the other indicators of the same component (observed ones
	 * only, never values filled here); stays NaN when there is none.
	 */
	static void fillComponentMeans(double[][] normalised, ScoringEngine engine, List<Treatment> log, double[] sum,
			int[] count) {
		int indicators = engine.indicatorCount();
		for (int u = 0; u < normalised.length; u++) {
			double[] scores = normalised[u];
			java.util.Arrays.fill(sum, 0);
			java.util.Arrays.fill(count, 0);
			boolean anyMissing = false;
			for (int i = 0; i < indicators; i++) {
				double x = scores[i];
				if (x == x) {
					sum[engine.componentOf(i)] += x;
					count[engine.componentOf(i)]++;
				}
				else {
					anyMissing = true;
				}
			}
			if (!anyMissing) {
				continue;
			}
			for (int i = 0; i < indicators; i++) {
				int c = engine.componentOf(i);
				if (Double.isNaN(scores[i]) && count[c] > 0) {
					scores[i] = sum[c] / count[c];
					if (log != null) {
						log.add(new Treatment(u, i, Treatment.Kind.IMPUTED_COMPONENT_MEAN, Double.NaN, scores[i]));
					}
				}
			}
		}
	}

}
