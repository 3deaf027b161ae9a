package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.EditionResults.ColumnStats;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.scoring.Bands;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.Rounding;
import vn.ddcihub.scoring.Stats;
import vn.ddcihub.scoring.WeightedTotal;

/**
 * Computes an edition's league table (bảng xếp hạng) from its definition and stored
 * scores with the scoring math: weighted totals, competition ranks, medians and
 * quartiles, below-median flags, bands and the changes against the previous edition.
 */
public final class EditionCalculator {

	static final int REFERENCE_RANK = 10;

	private EditionCalculator() {
	}

	static EditionResults compute(EditionDefinition definition, List<UnitScores> stored, EditionResults previous) {
		int m = definition.components().size();
		int n = stored.size();
		WeightedTotal weighted = WeightedTotal.of(definition.weights());
		Bands bands = definition.scoringBands();
		double[][] columns = new double[m][n];
		double[] totals = new double[n];
		double[] computed = new double[n];
		// A unit below a survey's minimum of responses keeps its scores but is left out
		// of
		// ranks, medians and bands: the peers' columns hold NaN in its place.
		double[][] peerColumns = new double[m][n];
		double[] peerTotals = new double[n];
		for (int u = 0; u < n; u++) {
			UnitScores unit = stored.get(u);
			double[] scores = unit.scores();
			for (int c = 0; c < m; c++) {
				columns[c][u] = scores[c];
				peerColumns[c][u] = unit.ranked() ? scores[c] : Double.NaN;
			}
			computed[u] = Rounding.halfUp(weighted.total(scores), Rounding.PUBLISHED_SCALE);
			Double published = unit.publishedTotal();
			totals[u] = published != null ? published : computed[u];
			peerTotals[u] = unit.ranked() ? totals[u] : Double.NaN;
		}
		int[][] ranks = new int[m][];
		List<ColumnStats> componentStats = new ArrayList<>();
		for (int c = 0; c < m; c++) {
			ranks[c] = Ranking.ranks(peerColumns[c]);
			componentStats.add(stats(definition.components().get(c).code(), peerColumns[c]));
		}
		int[] totalRanks = totalRanks(stored, peerTotals);
		ColumnStats totalStats = stats("TOTAL", peerTotals);

		List<UnitResult> units = new ArrayList<>();
		for (int u = 0; u < n; u++) {
			UnitScores unit = stored.get(u);
			List<Double> scores = new ArrayList<>();
			List<Integer> unitRanks = new ArrayList<>();
			List<Boolean> below = new ArrayList<>();
			for (int c = 0; c < m; c++) {
				double score = columns[c][u];
				scores.add(value(score));
				unitRanks.add(ranks[c][u] == Ranking.UNRANKED ? null : ranks[c][u]);
				Double median = componentStats.get(c).median();
				below.add(median != null && Stats.isBelowMedian(score, median));
			}
			Double publishedTotal = unit.publishedTotal();
			// A survey's total was checked against its unrounded scores when published:
			// the
			// computed total of the rounded scores would differ by rounding noise only.
			Double difference = publishedTotal == null || unit.fromSurvey() || Double.isNaN(computed[u]) ? null
					: round(publishedTotal - computed[u]);
			String band = !unit.ranked() ? null
					: bands.bandOf(totals[u]).map(vn.ddcihub.scoring.Band::label).orElse(null);
			Double previousTotal = null;
			Integer previousRank = null;
			Double totalChange = null;
			Integer rankChange = null;
			List<Double> scoreChanges = new ArrayList<>();
			UnitResult before = previous == null ? null : previous.unit(unit.code()).orElse(null);
			if (before != null) {
				previousTotal = before.total();
				previousRank = before.totalRank() == 0 ? null : before.totalRank();
				totalChange = previousTotal == null || Double.isNaN(totals[u]) ? null
						: round(totals[u] - previousTotal);
				rankChange = previousRank == null || totalRanks[u] == 0 ? null : previousRank - totalRanks[u];
			}
			for (int c = 0; c < m; c++) {
				scoreChanges.add(change(before, previous, definition.components().get(c), columns[c][u]));
			}
			units.add(new UnitResult(unit.code(), unit.name(), unit.organisationId(), scores, unitRanks, below,
					value(computed[u]), publishedTotal, value(totals[u]), difference, totalRanks[u],
					unit.publishedRank(), band, previousTotal, previousRank, totalChange, rankChange, scoreChanges,
					unit.ranked(), unit.respondents(), unit.intervals()));
		}
		units.sort(Comparator.comparingInt((UnitResult r) -> r.totalRank() == 0 ? Integer.MAX_VALUE : r.totalRank())
			.thenComparing(UnitResult::code));
		return new EditionResults(definition.year(), definition.block(), definition.name(), definition.illustrative(),
				definition.components(), definition.bands(), previous == null ? null : previous.year(),
				List.copyOf(units), List.copyOf(componentStats), totalStats);
	}

	/**
	 * Ranks with ties of the peers' totals; a survey's published ranks stand as given
	 * (computed from its unrounded totals, which two-decimal totals could tie).
	 */
	private static int[] totalRanks(List<UnitScores> stored, double[] peerTotals) {
		int[] ranks = Ranking.ranks(peerTotals);
		for (int u = 0; u < ranks.length; u++) {
			UnitScores unit = stored.get(u);
			if (unit.fromSurvey() && unit.ranked() && unit.publishedRank() != null) {
				ranks[u] = unit.publishedRank();
			}
		}
		return ranks;
	}

	private static Double change(UnitResult before, EditionResults previous, ComponentDef component, double score) {
		if (before == null || Double.isNaN(score)) {
			return null;
		}
		for (int i = 0; i < previous.components().size(); i++) {
			if (previous.components().get(i).code().equalsIgnoreCase(component.code())) {
				Double old = before.scores().get(i);
				return old == null ? null : round(score - old);
			}
		}
		return null;
	}

	static ColumnStats stats(String code, double[] values) {
		Stats.Summary summary = Stats.of(values);
		return new ColumnStats(code, summary.count(), value(summary.min()), statistic(summary.q1()),
				statistic(summary.median()), statistic(summary.q3()), value(summary.max()), statistic(summary.mean()),
				scoreAtRank(values, REFERENCE_RANK));
	}

	/**
	 * The score held by the unit at rank {@code k} (k-th best present score), null when
	 * fewer are scored.
	 */
	static Double scoreAtRank(double[] values, int k) {
		double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
		return present.length < k ? null : present[present.length - k];
	}

	static Double value(double number) {
		return Double.isNaN(number) ? null : number;
	}

	/**
	 * Quartiles and means to four decimals: enough for 2-decimal scores, without binary
	 * noise like 4.1850000000000005.
	 */
	private static Double statistic(double number) {
		return Double.isNaN(number) ? null : Math.round(number * 10_000) / 10_000.0;
	}

	static double round(double number) {
		return Rounding.halfUp(number, Rounding.PUBLISHED_SCALE);
	}

}
