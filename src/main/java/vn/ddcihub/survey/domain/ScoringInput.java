package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ddcihub.scoring.Aggregation;
import vn.ddcihub.scoring.IndicatorSpec;
import vn.ddcihub.scoring.Polarity;
import vn.ddcihub.scoring.WeightedTotal;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Questionnaire;

/**
 * A questionnaire and its responses laid out as the scoring engine takes them: the
 * indicator specs in questionnaire order with their component's position among the
 * edition's components, the component weights, and per unit the indicator values of each
 * respondent {@code [unit][respondent][indicator]}. Units are those of the block in the
 * order given; a response about a unit outside it is counted in {@link #unknownUnits}.
 * Written once for scoring runs, the demo survey and the command line.
 */
public final class ScoringInput {

	private final List<String> componentCodes;

	private final double[] componentWeights;

	private final List<IndicatorSpec> specs;

	private final IndicatorValues values;

	private final Map<String, List<double[]>> rows = new LinkedHashMap<>();

	private int unknownUnits;

	/**
	 * @param componentCodes the edition's components in order
	 * @param componentWeights their weights (relative)
	 * @param unitCodes the block's units, in the order results are wanted
	 * @throws IllegalArgumentException when an indicator names a component not in the
	 * edition
	 */
	public ScoringInput(Questionnaire questionnaire, List<String> componentCodes, double[] componentWeights,
			List<String> unitCodes) {
		if (componentCodes.size() != componentWeights.length) {
			throw new IllegalArgumentException(
					componentCodes.size() + " components but " + componentWeights.length + " weights");
		}
		this.componentCodes = List.copyOf(componentCodes);
		this.componentWeights = componentWeights.clone();
		this.specs = questionnaire.indicators().stream().map(this::spec).toList();
		this.values = new IndicatorValues(questionnaire);
		unitCodes.forEach(code -> rows.put(code, new ArrayList<>()));
	}

	private IndicatorSpec spec(Indicator indicator) {
		int component = componentCodes.indexOf(indicator.componentCode());
		if (component < 0) {
			throw new IllegalArgumentException("Chỉ tiêu " + indicator.code() + " thuộc chỉ số thành phần "
					+ indicator.componentCode() + " không có trong kỳ đánh giá");
		}
		return new IndicatorSpec(indicator.code(), component, Polarity.valueOf(indicator.polarity().name()),
				indicator.weight(), Aggregation.valueOf(indicator.aggregation().name()));
	}

	/** Adds one response about a unit. */
	public void add(String unitCode, Map<String, ?> answers) {
		List<double[]> unitRows = rows.get(unitCode);
		if (unitRows == null) {
			unknownUnits++;
			return;
		}
		unitRows.add(values.of(answers));
	}

	public List<IndicatorSpec> specs() {
		return specs;
	}

	public WeightedTotal componentWeights() {
		return WeightedTotal.of(componentWeights);
	}

	public List<String> componentCodes() {
		return componentCodes;
	}

	public List<String> unitCodes() {
		return List.copyOf(rows.keySet());
	}

	public int unknownUnits() {
		return unknownUnits;
	}

	/** Respondents per unit, in unit order. */
	public int[] respondentCounts() {
		return rows.values().stream().mapToInt(List::size).toArray();
	}

	/**
	 * The responses {@code [unit][respondent][indicator]} the scorer and bootstrap take.
	 */
	public double[][][] responses() {
		return rows.values().stream().map(list -> list.toArray(double[][]::new)).toArray(double[][][]::new);
	}

}
