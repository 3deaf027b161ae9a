package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.IllustrativeResponses.UnitLatent;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * The illustrative 2020 survey as generated from the shipped qualities, scored with the
 * default parameters without a database.
 */
class IllustrativeResponsesTest {

	static Questionnaire questionnaire;

	static List<UnitLatent> latents;

	static List<NewResponse> responses;

	static SurveyScore score;

	@BeforeAll
	static void generateAndScore() {
		questionnaire = IllustrativeSurveyFixture.questionnaire();
		latents = IllustrativeResponses.shippedLatents();
		responses = generate();
		score = IllustrativeSurveyFixture.score(questionnaire, responses, IllustrativeSurveyFixture.unitCodes(latents));
	}

	static List<NewResponse> generate() {
		return new IllustrativeResponses(questionnaire, IllustrativeSurveyFixture.COMPONENTS,
				IllustrativeResponses.SEED)
			.generate(latents);
	}

	@Test
	void theSameSeedGivesTheSameResponses() {
		assertThat(generate()).isEqualTo(responses);
		assertThat(new IllustrativeResponses(questionnaire, IllustrativeSurveyFixture.COMPONENTS, 7).generate(latents))
			.isNotEqualTo(responses);
	}

	@Test
	void aboutThreeThousandBusinessesAnswerAboutTheTwentyThreeUnitsOf2019() throws Exception {
		assertThat(latents).hasSize(23);
		assertThat(IllustrativeSurveyFixture.unitCodes(latents))
			.containsExactlyInAnyOrderElementsOf(scores2019().keySet());
		assertThat(responses).hasSizeBetween(2_700, 3_300);
		assertThat(latents).allSatisfy(l -> assertThat(l.respondents()).isBetween(80, 200));
		assertThat(responses.stream().map(NewResponse::respondentRef).distinct()).hasSameSizeAs(responses);
		assertThat(score.enoughResponses()).containsOnly(true);
	}

	@Test
	void answersHaveRealisticGapsAndFollowTheFormsConditions() {
		long withoutDays = responses.stream().filter(r -> !r.answers().containsKey("c2_1")).count();
		assertThat(withoutDays).as("days skipped now and then")
			.isBetween(responses.size() / 20L, responses.size() / 5L);
		assertThat(responses).allSatisfy(r -> {
			if (r.answers().containsKey("c3_3")) {
				assertThat(r.answers().get("c3_1")).as("money only from those who paid").isEqualTo("yes");
			}
			if (!"yes".equals(r.answers().get("c5_1"))) {
				assertThat(r.answers()).doesNotContainKeys("c5_2", "c5_3", "c5_4", "c5_5");
			}
			assertThat(r.answers()).containsKeys("c1_1", "c2_2", "c4_1", "c8_4");
		});
	}

	@Test
	void stnmtLandsWithinThreeTenthsOfEach2020TargetAndNearItsGoal() {
		Map<String, Double> targets = IllustrativeSurveyFixture.targets();
		int stnmt = IllustrativeSurveyFixture.unitCodes(latents).indexOf(IllustrativeSurveyFixture.STNMT);
		for (int c = 0; c < 8; c++) {
			String code = IllustrativeSurveyFixture.COMPONENTS.get(c);
			assertThat(score.scores().component(stnmt, c)).as(code).isCloseTo(targets.get(code), within(0.3));
		}
		assertThat(score.scores().total(stnmt)).isCloseTo(targets.get("total"), within(1.5));
		assertThat(score.scores().totalRank(stnmt)).as("the plan's aim: top 10").isBetween(1, 10);
	}

	@Test
	void theOtherUnitsMostlyKeepTheir2019Places() throws Exception {
		Map<String, Double> totals2019 = scores2019();
		List<String> codes = IllustrativeSurveyFixture.unitCodes(latents);
		double[] before = new double[codes.size()];
		for (int u = 0; u < codes.size(); u++) {
			before[u] = totals2019.get(codes.get(u));
		}
		int[] ranks2019 = Ranking.ranks(before);
		int near = 0;
		int moved = 0;
		for (int u = 0; u < codes.size(); u++) {
			if (codes.get(u).equals(IllustrativeSurveyFixture.STNMT)) {
				continue;
			}
			int shift = Math.abs(score.scores().totalRank(u) - ranks2019[u]);
			near += shift <= 3 ? 1 : 0;
			moved += shift >= 1 ? 1 : 0;
		}
		assertThat(near).as("units within 3 places of 2019").isGreaterThanOrEqualTo(17);
		assertThat(moved).as("some movement").isGreaterThanOrEqualTo(5);
	}

	/** 2019 totals (mean of components × 10) by unit code. */
	static Map<String, Double> scores2019() throws Exception {
		Map<String, Double> totals = new HashMap<>();
		try (Reader in = new InputStreamReader(
				IllustrativeSurveyFixture.resource("demo/index/ddci-2019-so-ban-nganh.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				double sum = 0;
				for (int c = 1; c <= 8; c++) {
					sum += Double.parseDouble(row.get("c" + c));
				}
				totals.put(row.get("unit_code"), sum / 8 * 10);
			}
		}
		return totals;
	}

}
