package vn.ddcihub.survey.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;

/**
 * Turns one response's answers into its value for each indicator of the questionnaire, in
 * the questionnaire's indicator order — the row the scoring engine takes per respondent.
 * A question of a share-of-favourable indicator gives 1 when its answer is favourable
 * (for a multiple choice: when any ticked answer is), else 0; a question of a mean or
 * median indicator gives its number (a Likert answer its step 1–5). An indicator with
 * several questions takes the mean of those answered; none answered gives NaN, which the
 * engine treats as not answered.
 */
public final class IndicatorValues {

	private final String[][] questionNames;

	private final Scoring[][] scorings;

	private record Scoring(AnswerType type, boolean favourableShare, Set<String> favourable) {
	}

	public IndicatorValues(Questionnaire questionnaire) {
		List<Indicator> indicators = questionnaire.indicators();
		questionNames = new String[indicators.size()][];
		scorings = new Scoring[indicators.size()][];
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			List<Question> questions = questionnaire.questionsOf(indicator.code());
			questionNames[i] = questions.stream().map(Question::name).toArray(String[]::new);
			scorings[i] = questions.stream()
				.map(q -> new Scoring(q.type(), indicator.aggregation() == Aggregation.SHARE_FAVOURABLE,
						new HashSet<>(q.favourable())))
				.toArray(Scoring[]::new);
		}
	}

	public int indicatorCount() {
		return questionNames.length;
	}

	/**
	 * The response's value per indicator; NaN where none of its questions was answered.
	 */
	public double[] of(Map<String, ?> answers) {
		double[] values = new double[questionNames.length];
		for (int i = 0; i < values.length; i++) {
			double sum = 0;
			int answered = 0;
			for (int q = 0; q < questionNames[i].length; q++) {
				double value = value(scorings[i][q], answers.get(questionNames[i][q]));
				if (value == value) {
					sum += value;
					answered++;
				}
			}
			values[i] = answered == 0 ? Double.NaN : sum / answered;
		}
		return values;
	}

	private static double value(Scoring scoring, Object answer) {
		if (answer == null) {
			return Double.NaN;
		}
		if (scoring.favourableShare()) {
			if (answer instanceof List<?> ticked) {
				return ticked.stream().anyMatch(scoring.favourable()::contains) ? 1 : 0;
			}
			return scoring.favourable().contains(String.valueOf(answer)) ? 1 : 0;
		}
		if (answer instanceof Number number) {
			return number.doubleValue();
		}
		if (scoring.type() == AnswerType.LIKERT_5) {
			try {
				return Double.parseDouble(String.valueOf(answer));
			}
			catch (NumberFormatException notAStep) {
				return Double.NaN;
			}
		}
		return Double.NaN;
	}

	/** The indicator values of each response, one row per response. */
	public double[][] of(List<? extends Map<String, ?>> responses) {
		return responses.stream().map(this::of).toArray(double[][]::new);
	}

	@Override
	public String toString() {
		return "IndicatorValues" + Arrays.deepToString(questionNames);
	}

}
