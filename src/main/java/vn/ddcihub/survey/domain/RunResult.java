package vn.ddcihub.survey.domain;

import java.util.List;

/**
 * The result of a scoring run as stored and shown (kết quả lượt chấm điểm): units in the
 * block's order, numbers as computed (null where the engine has none, e.g. a flagged
 * unit's rank). Intervals are the bootstrap's 90 % percentile intervals; "cannot be told
 * apart" is {@code BootstrapResult.indistinguishable} (overlapping total intervals).
 *
 * @param indicatorCodes the questionnaire's indicators, in the order of each unit's
 * values
 * @param anchors the min and max per indicator the normalisation used when they came from
 * outside the block (pooled editions, goalposts), else null
 * @param unknownUnits responses about a unit the block does not have, left out
 */
public record RunResult(List<String> componentCodes, List<String> indicatorCodes, int replicates, int sensitivityRuns,
		List<UnitResult> units, List<Double> componentMedians, Double totalMedian, List<TreatedValue> treated,
		List<Range> anchors, int unknownUnits) {

	/**
	 * One unit: respondents, whether below the minimum (flagged: not ranked), raw and
	 * normalised indicator values, component scores with their intervals, total, rank,
	 * band, the units it cannot be told apart from, and its sensitivity median rank and
	 * 5–95 % rank range.
	 */
	public record UnitResult(String code, String name, int respondents, boolean flagged, List<Double> raw,
			List<Double> normalised, List<Double> components, List<Range> componentIntervals, Double total,
			Range totalInterval, Integer rank, Range rankInterval, String band, List<String> indistinguishableFrom,
			Double sensitivityMedianRank, Range sensitivityRankRange) {
	}

	/** A value changed by winsorisation or imputation. */
	public record TreatedValue(String unitCode, String indicatorCode, String kind, Double before, Double after) {
	}

	/** An interval or range (low ≤ high); null bounds when missing. */
	public record Range(Double low, Double high) {
	}

	public java.util.Optional<UnitResult> unit(String code) {
		return units.stream().filter(u -> u.code().equals(code)).findFirst();
	}

}
