package vn.ddcihub.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.ddcihub.index.IndexApi.Interval;
import vn.ddcihub.index.IndexApi.ScoredEdition;
import vn.ddcihub.index.IndexApi.ScoredUnit;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.WeightedTotal;

/**
 * Test data: survey scores as a scoring run hands them to the index, with totals under
 * equal weights (as the default definition has them), ranks with ties among the units
 * with enough responses, and intervals of a chosen half-width around each score.
 */
public final class ScoredEditions {

	private final int year;

	private final Block block;

	private final List<String> componentCodes;

	private final List<UnitLine> units = new ArrayList<>();

	private String source = "Lượt chấm điểm thử";

	private boolean illustrative;

	private ScoredEditions(int year, Block block, List<String> componentCodes) {
		this.year = year;
		this.block = block;
		this.componentCodes = componentCodes;
	}

	/** The eight components of the default DDCI definition. */
	public static ScoredEditions of(int year, Block block) {
		return new ScoredEditions(year, block, List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"));
	}

	/**
	 * A unit whose every component scores {@code score}, with {@code halfWidth} either
	 * side as its intervals (total interval ×10); {@code ranked} false for too few
	 * responses.
	 */
	public ScoredEditions unit(String code, String name, int responses, boolean ranked, double score,
			double halfWidth) {
		double[] scores = new double[componentCodes.size()];
		Arrays.fill(scores, score);
		return unit(code, name, responses, ranked, scores, halfWidth);
	}

	public ScoredEditions unit(String code, String name, int responses, boolean ranked, double[] scores,
			double halfWidth) {
		units.add(new UnitLine(code, name, responses, ranked, scores.clone(), halfWidth));
		return this;
	}

	public ScoredEditions source(String source) {
		this.source = source;
		return this;
	}

	public ScoredEditions illustrative() {
		this.illustrative = true;
		return this;
	}

	public ScoredEdition build() {
		WeightedTotal weighted = WeightedTotal.equalWeights(componentCodes.size());
		double[] totals = new double[units.size()];
		for (int u = 0; u < units.size(); u++) {
			totals[u] = units.get(u).ranked() ? weighted.total(units.get(u).scores()) : Double.NaN;
		}
		int[] ranks = Ranking.ranks(totals);
		List<ScoredUnit> scored = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			UnitLine line = units.get(u);
			double total = weighted.total(line.scores());
			List<Double> components = Arrays.stream(line.scores()).boxed().toList();
			List<Interval> componentIntervals = Arrays.stream(line.scores())
				.mapToObj(s -> new Interval(Math.max(1, s - line.halfWidth()), Math.min(10, s + line.halfWidth())))
				.toList();
			Interval totalInterval = new Interval(total - line.halfWidth() * 10, total + line.halfWidth() * 10);
			Integer rank = line.ranked() ? ranks[u] : null;
			Interval rankInterval = rank == null ? null
					: new Interval(Math.max(1, rank - 1), Math.min(units.size(), rank + 1));
			scored.add(new ScoredUnit(line.code(), line.name(), line.responses(), line.ranked(), components, total,
					rank, componentIntervals, totalInterval, rankInterval));
		}
		return new ScoredEdition(year, block, componentCodes, scored, source, illustrative);
	}

	private record UnitLine(String code, String name, int responses, boolean ranked, double[] scores,
			double halfWidth) {
	}

}
