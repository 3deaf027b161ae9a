package vn.ddcihub.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a block from its respondents' answers (chấm điểm từ phiếu khảo sát), by the
 * steps below, each in its own class:
 * <ol>
 * <li>indicator values per unit by each indicator's {@link Aggregation};</li>
 * <li>units with fewer respondents than {@link ScoringParameters#minResponses()} are
 * flagged: left out of the block that sets anchors, winsorisation and imputation
 * statistics, and unranked;</li>
 * <li>optional {@link Winsorisation} of the raw values, then optional
 * {@link Imputation#BLOCK_MEAN};</li>
 * <li>normalisation to 1–10 by {@link Normaliser}, then optional
 * {@link Imputation#COMPONENT_MEAN};</li>
 * <li>components and totals as {@link ScoringEngine} (weighted means, total × 10 by
 * {@link WeightedTotal}), ranks with ties by {@link Ranking}, medians by
 * {@link Stats}.</li>
 * </ol>
 * Input is {@code responses[unit][respondent][indicator]}, NaN = not answered. Immutable
 * and thread-safe; {@link Bootstrap} and {@link Sensitivity} repeat the steps through
 * {@link Workspace}s without allocating per unit.
 */
public final class SurveyScorer {

	private final List<IndicatorSpec> specs;

	private final Aggregation[] aggregations;

	private final ScoringEngine engine;

	private final ScoringParameters parameters;

	private final Anchors given;

	/** A scorer whose method needs no anchors from outside the block. */
	public SurveyScorer(List<IndicatorSpec> specs, WeightedTotal componentWeights, ScoringParameters parameters) {
		this(specs, componentWeights, parameters, null);
	}

	/**
	 * A scorer with {@code given} anchors: the other editions' min/max for
	 * {@link Normalisation#POOLED_MIN_MAX}, the goalposts for
	 * {@link Normalisation#GOALPOSTS} ({@code null} when neither is used).
	 */
	public SurveyScorer(List<IndicatorSpec> specs, WeightedTotal componentWeights, ScoringParameters parameters,
			Anchors given) {
		this.specs = List.copyOf(specs);
		this.engine = new ScoringEngine(this.specs.stream().map(IndicatorSpec::indicator).toList(), componentWeights);
		this.aggregations = this.specs.stream().map(IndicatorSpec::aggregation).toArray(Aggregation[]::new);
		this.parameters = parameters;
		this.given = given;
		if (given != null && given.size() != specs.size()) {
			throw new IllegalArgumentException(
					"Anchors cover " + given.size() + " indicators, the questionnaire has " + specs.size());
		}
		requireAnchorsFor(parameters.normalisation());
	}

	public List<IndicatorSpec> specs() {
		return specs;
	}

	public ScoringParameters parameters() {
		return parameters;
	}

	public ScoringEngine engine() {
		return engine;
	}

	/** The scorer with other parameters, same indicators, weights and anchors. */
	public SurveyScorer with(ScoringParameters other) {
		return new SurveyScorer(specs, engine.componentWeights(), other, given);
	}

	/** The scorer with another method and given anchors, all else equal. */
	public SurveyScorer withAnchors(Normalisation method, Anchors anchors) {
		return new SurveyScorer(specs, engine.componentWeights(), parameters.withNormalisation(method), anchors);
	}

	/** Scores {@code responses[unit][respondent][indicator]}. */
	public SurveyScore score(double[][][] responses) {
		return score(prepare(responses));
	}

	/**
	 * Scores unit-level values {@code raw[unit][indicator]} (already aggregated), with
	 * each unit's number of respondents for the minimum-responses rule.
	 */
	public SurveyScore scoreUnits(double[][] raw, int[] respondentCounts) {
		if (raw.length != respondentCounts.length) {
			throw new IllegalArgumentException(
					"One respondent count per unit is needed: " + raw.length + " vs " + respondentCounts.length);
		}
		for (int u = 0; u < raw.length; u++) {
			if (raw[u].length != specs.size()) {
				throw new IllegalArgumentException(
						"Unit " + u + ": expected " + specs.size() + " indicator values, got " + raw[u].length);
			}
		}
		boolean[] inBlock = enoughResponses(respondentCounts);
		Workspace ws = new Workspace(raw.length);
		List<Treatment> log = new ArrayList<>();
		scoreInto(ws, raw, inBlock, parameters.normalisation(), parameters.winsorise(), log);
		rankInto(ws, inBlock);
		ScoringResult result = new ScoringResult(copy(ws.normalised), copy(ws.components), ws.totals.clone(),
				copy(ws.componentRanks), ws.totalRanks.clone());
		double[] componentMedians = new double[engine.componentCount()];
		for (int c = 0; c < componentMedians.length; c++) {
			componentMedians[c] = Stats.median(blockColumn(ws.components, c, inBlock));
		}
		double[] totals = ws.totals.clone();
		for (int u = 0; u < totals.length; u++) {
			totals[u] = inBlock[u] ? totals[u] : Double.NaN;
		}
		return new SurveyScore(copy(raw), respondentCounts.clone(), inBlock, List.copyOf(log), result, componentMedians,
				Stats.median(totals));
	}

	SurveyScore score(UnitResponses[] units) {
		Workspace ws = new Workspace(units.length);
		double[][] raw = new double[units.length][specs.size()];
		int[] counts = new int[units.length];
		for (int u = 0; u < units.length; u++) {
			units[u].aggregate(null, raw[u], ws.sum, ws.count);
			counts[u] = units[u].respondentCount();
		}
		return scoreUnits(raw, counts);
	}

	UnitResponses[] prepare(double[][][] responses) {
		UnitResponses[] units = new UnitResponses[responses.length];
		for (int u = 0; u < responses.length; u++) {
			units[u] = new UnitResponses(responses[u], aggregations);
		}
		return units;
	}

	boolean[] enoughResponses(int[] respondentCounts) {
		boolean[] enough = new boolean[respondentCounts.length];
		for (int u = 0; u < enough.length; u++) {
			enough[u] = respondentCounts[u] >= parameters.minResponses();
		}
		return enough;
	}

	void requireAnchorsFor(Normalisation method) {
		if (method.needsGivenAnchors() && given == null) {
			throw new IllegalArgumentException("Normalisation " + method + " needs anchors given per indicator");
		}
	}

	/**
	 * Steps 3–5 without ranks: {@code raw} is copied, treated, normalised and combined
	 * into {@code ws}.
	 */
	void scoreInto(Workspace ws, double[][] raw, boolean[] inBlock, Normalisation method, boolean winsorise,
			List<Treatment> log) {
		for (int u = 0; u < raw.length; u++) {
			System.arraycopy(raw[u], 0, ws.treated[u], 0, raw[u].length);
		}
		if (winsorise) {
			Winsorisation.apply(ws.treated, inBlock, parameters.winsorisationCap(), log, ws.column, ws.owner);
		}
		if (parameters.imputation() == Imputation.BLOCK_MEAN) {
			Imputer.fillBlockMeans(ws.treated, inBlock, log);
		}
		Normaliser.normalise(method, ws.treated, inBlock, engine, given, ws.normalised, ws.column, ws.scores,
				ws.scratch);
		if (parameters.imputation() == Imputation.COMPONENT_MEAN) {
			Imputer.fillComponentMeans(ws.normalised, engine, log, ws.componentSum, ws.componentCount);
		}
		engine.combineInto(ws.normalised, ws.components, ws.totals);
	}

	/**
	 * Ranks of the units in the block by total and by component; flagged units unranked.
	 */
	void rankInto(Workspace ws, boolean[] inBlock) {
		for (int u = 0; u < inBlock.length; u++) {
			ws.scores[u] = inBlock[u] ? ws.totals[u] : Double.NaN;
		}
		int[] totalRanks = Ranking.ranks(ws.scores);
		System.arraycopy(totalRanks, 0, ws.totalRanks, 0, totalRanks.length);
		for (int c = 0; c < engine.componentCount(); c++) {
			for (int u = 0; u < inBlock.length; u++) {
				ws.scores[u] = inBlock[u] ? ws.components[u][c] : Double.NaN;
			}
			int[] ranks = Ranking.ranks(ws.scores);
			for (int u = 0; u < inBlock.length; u++) {
				ws.componentRanks[u][c] = ranks[u];
			}
		}
	}

	private static double[] blockColumn(double[][] matrix, int c, boolean[] inBlock) {
		double[] column = new double[matrix.length];
		for (int u = 0; u < matrix.length; u++) {
			column[u] = inBlock[u] ? matrix[u][c] : Double.NaN;
		}
		return column;
	}

	private static double[][] copy(double[][] matrix) {
		double[][] copy = new double[matrix.length][];
		for (int u = 0; u < matrix.length; u++) {
			copy[u] = matrix[u].clone();
		}
		return copy;
	}

	private static int[][] copy(int[][] matrix) {
		int[][] copy = new int[matrix.length][];
		for (int u = 0; u < matrix.length; u++) {
			copy[u] = matrix[u].clone();
		}
		return copy;
	}

	/** Scratch arrays of one scoring pass, one per thread. */
	final class Workspace {

		final double[][] raw;

		final double[][] treated;

		final double[][] normalised;

		final double[][] components;

		final double[] totals;

		final int[][] componentRanks;

		final int[] totalRanks;

		final double[] column;

		final double[] scores;

		final double[] scratch;

		final int[] owner;

		final double[] sum;

		final double[] count;

		final double[] componentSum;

		final int[] componentCount;

		Workspace(int units) {
			int indicators = specs.size();
			int componentTotal = engine.componentCount();
			raw = new double[units][indicators];
			treated = new double[units][indicators];
			normalised = new double[units][indicators];
			components = new double[units][componentTotal];
			totals = new double[units];
			componentRanks = new int[units][componentTotal];
			totalRanks = new int[units];
			column = new double[units];
			scores = new double[units];
			scratch = new double[units];
			owner = new int[units];
			sum = new double[indicators];
			count = new double[indicators];
			componentSum = new double[componentTotal];
			componentCount = new int[componentTotal];
		}

	}

}
