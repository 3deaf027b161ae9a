package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Polarity;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.index.Block;

/**
 * Answers as exports and the web form give them, read into stored values, and those
 * values turned into indicator values.
 */
class AnswersTest {

	private static final List<Choice> LIKERT = QuestionRules.standardChoices(AnswerType.LIKERT_5, "likert");

	private static final List<Choice> YES_NO = QuestionRules.standardChoices(AnswerType.YES_NO, "yn");

	private static final List<Choice> CHANNELS = List.of(new Choice("kenh", "web", "Cổng dịch vụ công", 1),
			new Choice("kenh", "buu_dien", "Bưu điện", 2), new Choice("kenh", "truc_tiep", "Trực tiếp", 3));

	private static Question question(String name, AnswerType type, String indicator, List<String> favourable) {
		return new Question(1, name, name, type, null, false, indicator, favourable, null, 1);
	}

	@Test
	void choicesAreMatchedByNameOrLabelIgnoringCase() {
		Question q = question("q1", AnswerType.SINGLE_CHOICE, null, List.of());
		assertThat(Answers.read(q, CHANNELS, " WEB ", null).value()).isEqualTo("web");
		assertThat(Answers.read(q, CHANNELS, "bưu điện", null).value()).isEqualTo("buu_dien");
		Answers.Read wrong = Answers.read(q, CHANNELS, "fax", null);
		assertThat(wrong.ok()).isFalse();
		assertThat(wrong.problem()).contains("q1", "“fax”", "web, buu_dien, truc_tiep");
		assertThat(Answers.read(q, CHANNELS, "  ", null)).isEqualTo(new Answers.Read(null, null));
	}

	@Test
	void aMultipleChoiceIsSplitByItsSeparator() {
		Question q = question("q2", AnswerType.MULTIPLE_CHOICE, null, List.of());
		assertThat(Answers.read(q, CHANNELS, "web truc_tiep", null).value()).isEqualTo(List.of("web", "truc_tiep"));
		assertThat(Answers.read(q, CHANNELS, "Cổng dịch vụ công;Bưu điện", ";").value())
			.isEqualTo(List.of("web", "buu_dien"));
		assertThat(Answers.read(q, CHANNELS, "web;fax", ";").problem()).contains("“fax”");
	}

	@Test
	void yesNoLikertAndNumbers() {
		assertThat(Answers.read(question("a", AnswerType.YES_NO, null, List.of()), YES_NO, "Có", null).value())
			.isEqualTo("yes");
		assertThat(Answers.read(question("a", AnswerType.YES_NO, null, List.of()), YES_NO, "0", null).value())
			.isEqualTo("no");
		assertThat(Answers.read(question("b", AnswerType.LIKERT_5, null, List.of()), LIKERT, "Đồng ý", null).value())
			.isEqualTo("4");
		Question days = question("c", AnswerType.DAYS, null, List.of());
		assertThat(Answers.read(days, List.of(), "12,5", null).value()).isEqualTo(12.5);
		assertThat(Answers.read(days, List.of(), "-3", null).problem()).contains("số ngày", "3.650");
		assertThat(Answers.read(days, List.of(), "mười", null).ok()).isFalse();
		Question money = question("d", AnswerType.MONEY, null, List.of());
		assertThat(Answers.read(money, List.of(), "1.500.000", null).value()).isEqualTo(1_500_000.0);
		assertThat(Answers.read(question("e", AnswerType.TEXT, null, List.of()), List.of(), "x".repeat(2001), null)
			.problem()).contains("2.000");
	}

	@Test
	void indicatorValuesAreTheMeanOfTheirQuestions() {
		Indicator share = new Indicator(1, "I1", "Tỷ lệ", "C1", Polarity.THUAN, 1, Aggregation.SHARE_FAVOURABLE, 1);
		Indicator mean = new Indicator(2, "I2", "Số ngày", "C1", Polarity.NGHICH, 1, Aggregation.MEAN, 2);
		Questionnaire questionnaire = new Questionnaire(1, 2020, Block.DEPARTMENT, "t", "1", Map.of(),
				List.of(share, mean),
				List.of(question("q1", AnswerType.LIKERT_5, "I1", List.of("4", "5")),
						question("q2", AnswerType.MULTIPLE_CHOICE, "I1", List.of("web")),
						question("q3", AnswerType.DAYS, "I2", List.of()),
						question("q4", AnswerType.TEXT, null, List.of())),
				List.of());
		IndicatorValues values = new IndicatorValues(questionnaire);
		assertThat(values.of(Map.of("q1", "5", "q2", List.of("buu_dien"), "q3", 7.0))).containsExactly(0.5, 7.0);
		assertThat(values.of(Map.of("q2", List.of("buu_dien", "web"), "q4", "ý kiến"))).containsExactly(1.0,
				Double.NaN);
		assertThat(values.of(Map.of("q3", 3))).containsExactly(Double.NaN, 3.0);
	}

	@Test
	void scoringInputLaysResponsesOutPerUnitForTheScorer() {
		Indicator share = new Indicator(1, "I1", "Tỷ lệ", "C2", Polarity.THUAN, 1, Aggregation.SHARE_FAVOURABLE, 1);
		Questionnaire questionnaire = new Questionnaire(1, 2020, Block.DEPARTMENT, "t", "1", Map.of(), List.of(share),
				List.of(question("q1", AnswerType.YES_NO, "I1", List.of("yes"))), List.of());
		ScoringInput input = new ScoringInput(questionnaire, List.of("C1", "C2"), new double[] { 1, 3 },
				List.of("A", "B"));
		input.add("B", Map.of("q1", "yes"));
		input.add("B", Map.of("q1", "no"));
		input.add("A", Map.of("q1", "yes"));
		input.add("Z", Map.of("q1", "yes"));
		assertThat(input.specs()).singleElement().satisfies(spec -> assertThat(spec.componentIndex()).isEqualTo(1));
		assertThat(input.respondentCounts()).containsExactly(1, 2);
		assertThat(input.unknownUnits()).isEqualTo(1);
		assertThat(input.responses()[1]).isDeepEqualTo(new double[][] { { 1.0 }, { 0.0 } });
		assertThatThrownBy(() -> new ScoringInput(questionnaire, List.of("C1"), new double[] { 1 }, List.of()))
			.hasMessageContaining("C2");
	}

}
