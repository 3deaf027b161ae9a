package vn.ddcihub.survey.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ddcihub.index.Block;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.scoring.SurveyScorer;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * What the demo survey's tests and its offline calibration share: the illustrative 2020
 * questionnaire without a database, the edition's 8 equally weighted components, STNMT's
 * 2020 targets as the seed plan states them, and scoring with the default parameters.
 */
final class IllustrativeSurveyFixture {

	static final List<String> COMPONENTS = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");

	static final String STNMT = "STNMT";

	private IllustrativeSurveyFixture() {
	}

	static Questionnaire questionnaire() {
		return new SurveyDemoData(null, null, true).content().unsaved(SurveyDemoData.YEAR, Block.DEPARTMENT);
	}

	/** STNMT's component targets for 2020 and its total goal, from the plan demo data. */
	static Map<String, Double> targets() {
		try (InputStream in = resource("demo/plan/60-KH-STNMT-2020.json")) {
			JsonNode plan = JsonMapper.builder().build().readTree(in);
			Map<String, Double> targets = new LinkedHashMap<>();
			for (JsonNode component : plan.get("components")) {
				targets.put(component.get("code").asString(), component.get("targetScore").asDouble());
			}
			targets.put("total", plan.get("goals").get("targetTotalScore").asDouble());
			return targets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static InputStream resource(String path) {
		return IllustrativeSurveyFixture.class.getClassLoader().getResourceAsStream(path);
	}

	/** Scores responses with the default parameters, units in the order given. */
	static SurveyScore score(Questionnaire questionnaire, List<NewResponse> responses, List<String> unitCodes) {
		ScoringInput input = new ScoringInput(questionnaire, COMPONENTS, new double[] { 1, 1, 1, 1, 1, 1, 1, 1 },
				unitCodes);
		responses.forEach(r -> input.add(r.unitCode(), r.answers()));
		return new SurveyScorer(input.specs(), input.componentWeights(), ScoringParameters.defaults())
			.score(input.responses());
	}

	static List<String> unitCodes(List<IllustrativeResponses.UnitLatent> latents) {
		List<String> codes = new ArrayList<>();
		latents.forEach(l -> codes.add(l.unitCode()));
		return codes;
	}

}
