package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.scoring.Bootstrap;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.scoring.SurveyScorer;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.ResponseRepository;
import vn.ddcihub.survey.domain.RunResult;
import vn.ddcihub.survey.domain.RunResult.UnitResult;
import vn.ddcihub.survey.domain.RunStage;
import vn.ddcihub.survey.domain.RunStatus;
import vn.ddcihub.survey.domain.ScoringInput;
import vn.ddcihub.survey.domain.ScoringRun;
import vn.ddcihub.survey.domain.ScoringRuns;

/**
 * Scoring runs on the real database, as db-scheduler jobs picked by the application's own
 * scheduler: over responses inserted for a copy of the illustrative questionnaire (2071,
 * a year no other test uses), a run ends DONE with exactly the numbers the engine gives
 * on the same input, the same seed gives the same result, a unit under the minimum is
 * flagged and unranked, progress shows to another request while it works, cancel ends it,
 * bad input fails it with a Vietnamese message, and the form refuses bad parameters
 * storing nothing.
 */
class ScoringRunTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int YEAR = 2085;

	private static Long questionnaireId;

	private static String smallUnit;

	@Autowired
	private Questionnaires questionnaires;

	@Autowired
	private ResponseRepository responses;

	@Autowired
	private ScoringRuns runs;

	@Autowired
	private IndexApi index;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aRunEndsDoneWithTheEngineNumbersAndFlagsAUnitUnderTheMinimum() throws Exception {
		long id = questionnaire();
		long runId = start(id, """
				{"seed": 42, "replicates": 200, "sensitivityRuns": 100, "minResponses": 30}""");
		ScoringRun run = waitUntil(runId, r -> r.status().finished());
		assertThat(run.status()).isEqualTo(RunStatus.DONE);
		assertThat(run.progress()).isEqualTo(100);
		assertThat(run.seed()).isEqualTo(42);
		RunResult result = runs.result(runId).orElseThrow();

		ScoringInput input = inputFromTheDatabase(id);
		ScoringParameters parameters = ScoringParameters.fromMap(run.parameters());
		assertThat(parameters.bootstrapReplicates()).isEqualTo(200);
		SurveyScorer scorer = new SurveyScorer(input.specs(), input.componentWeights(), parameters);
		SurveyScore expected = scorer.score(input.responses());
		BootstrapResult intervals = new Bootstrap(scorer).run(input.responses());
		assertThat(run.responseCount()).isEqualTo(java.util.Arrays.stream(input.respondentCounts()).sum());
		assertThat(result.units()).extracting(UnitResult::code).containsExactlyElementsOf(input.unitCodes());
		for (int u = 0; u < input.unitCodes().size(); u++) {
			UnitResult unit = result.units().get(u);
			assertThat(unit.respondents()).isEqualTo(input.respondentCounts()[u]);
			assertThat(unit.flagged()).isEqualTo(expected.isFlagged(u));
			if (!Double.isNaN(expected.scores().total(u))) {
				assertThat(unit.total()).isCloseTo(expected.scores().total(u), within(1e-9));
				assertThat(unit.totalInterval().low()).isEqualTo(intervals.totals()[u].lower());
				assertThat(unit.totalInterval().high()).isEqualTo(intervals.totals()[u].upper());
			}
			for (int c = 0; c < input.componentCodes().size(); c++) {
				double component = expected.scores().component(u, c);
				if (!Double.isNaN(component)) {
					assertThat(unit.components().get(c)).isCloseTo(component, within(1e-9));
				}
			}
			int rank = expected.scores().totalRank(u);
			assertThat(unit.rank()).isEqualTo(rank == 0 ? null : rank);
		}
		UnitResult small = result.unit(smallUnit).orElseThrow();
		assertThat(small.flagged()).isTrue();
		assertThat(small.rank()).isNull();
		assertThat(small.band()).isNull();
		assertThat(result.units().stream().filter(u -> !u.flagged()).map(UnitResult::rank)).doesNotContainNull();
		assertThat(result.units().stream().filter(u -> !u.flagged()).map(UnitResult::sensitivityMedianRank))
			.doesNotContainNull();

		String page = mockMvc.perform(get("/survey/runs/" + runId).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Dưới 30 phiếu — không xếp hạng")
			.contains("id=\"sensitivity-chart\"")
			.contains("Không phân biệt được với:")
			.contains("<code id=\"run-seed\">42</code>");

		byte[] xlsx = mockMvc.perform(get("/survey/runs/" + runId + "/result.xlsx").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Tổng hợp").getLastRowNum()).isGreaterThanOrEqualTo(input.unitCodes().size());
			assertThat(workbook.getSheet("Chỉ số thành phần")).isNotNull();
			assertThat(workbook.getSheet("Chỉ tiêu")).isNotNull();
			assertThat(workbook.getSheet("Tham số")).isNotNull();
		}
	}

	@Test
	void theSameSeedOverTheSameResponsesReproducesTheResultExactly() throws Exception {
		long id = questionnaire();
		String parameters = """
				{"seed": -7, "replicates": 150, "sensitivityRuns": 60, "winsorise": true,
				 "imputation": "BLOCK_MEAN", "normalisation": "Z_SCORE"}""";
		ScoringRun first = waitUntil(start(id, parameters), r -> r.status().finished());
		ScoringRun second = waitUntil(start(id, parameters), r -> r.status().finished());
		assertThat(first.status()).isEqualTo(RunStatus.DONE);
		assertThat(second.status()).isEqualTo(RunStatus.DONE);
		assertThat(second.responsesSha256()).hasSize(64).isEqualTo(first.responsesSha256());
		assertThat(second.parameters()).isEqualTo(first.parameters());
		assertThat(runs.result(second.id())).isEqualTo(runs.result(first.id()));
	}

	@Test
	void progressShowsToAnotherRequestAndCancelStopsTheRunBetweenReplicates() throws Exception {
		long id = questionnaire();
		long runId = start(id, """
				{"replicates": 10000, "sensitivityRuns": 10000}""");
		ScoringRun running = waitUntil(runId,
				r -> r.status().finished() || r.stage().kind() == RunStage.Kind.BOOTSTRAP && r.stage().done() > 0);
		assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
		JsonNode progress = json(mockMvc.perform(get("/survey/runs/" + runId + "/progress").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(progress.get("status").asText()).isEqualTo("RUNNING");
		assertThat(progress.get("progress").asInt()).isBetween(12, 85);
		assertThat(progress.get("stage").asText()).startsWith("Bootstrap: lần lặp ").endsWith("/10000");
		assertThat(progress.get("finished").asBoolean()).isFalse();
		assertThat(json(mockMvc.perform(get("/api/v1/runs/" + runId).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).at("/run/seed").isNumber()).isTrue();

		mockMvc.perform(delete("/api/v1/runs/" + runId).with(ADMIN)).andExpect(status().isAccepted());
		ScoringRun cancelled = waitUntil(runId, r -> r.status().finished());
		assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
		assertThat(cancelled.stage().kind()).isEqualTo(RunStage.Kind.BOOTSTRAP);
		assertThat(runs.result(runId)).isEmpty();
		mockMvc.perform(delete("/api/v1/runs/" + runId).with(ADMIN)).andExpect(status().isBadRequest());
	}

	@Test
	void dataTheEngineCannotScoreFailsTheRunWithAVietnameseMessage() throws Exception {
		long id = questionnaire();
		long broken = copy(id, YEAR + 1);
		jdbc.sql("update survey_indicator set component_code = 'C99' where questionnaire_id = ? and code = 'C1.1'")
			.param(broken)
			.update();
		ScoringRun run = waitUntil(start(broken, "{}"), r -> r.status().finished());
		assertThat(run.status()).isEqualTo(RunStatus.FAILED);
		assertThat(run.failure()).startsWith("Dữ liệu không chấm điểm được: Chỉ tiêu C1.1").contains("C99");
		assertThat(mockMvc.perform(get("/survey/runs/" + run.id()).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Lượt chấm điểm không chạy xong.");
	}

	@Test
	void theFormRefusesBadParametersBesideTheirFieldsAndStoresNothing() throws Exception {
		long id = questionnaire();
		long before = runCount(id);
		String page = mockMvc
			.perform(post("/survey/questionnaires/" + id + "/runs").with(ADMIN)
				.with(csrf())
				.param("normalisation", "GOALPOSTS")
				.param("goalposts", "C1.1; 0; 1\nC1.2; 5\nX9; 0; 1")
				.param("minResponses", "30")
				.param("imputation", "NONE")
				.param("replicates", "0")
				.param("seed", "")
				.param("sensitivityRuns", "abc")
				.param("weightVariation", "20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("error-summary")
			.contains("href=\"#replicates\"")
			.contains("Số lần lặp bootstrap (B) phải từ 1 đến 10000")
			.contains("href=\"#sensitivityRuns\"")
			.contains("value=\"abc\"");
		String goalposts = mockMvc
			.perform(post("/survey/questionnaires/" + id + "/runs").with(ADMIN)
				.with(csrf())
				.param("normalisation", "GOALPOSTS")
				.param("goalposts", "C1.1; 0; 1\nC1.2; 5\nX9; 0; 1")
				.param("minResponses", "30")
				.param("imputation", "NONE")
				.param("replicates", "100")
				.param("sensitivityRuns", "100")
				.param("weightVariation", "20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(goalposts).contains("href=\"#goalposts\"")
			.contains("Ngưỡng cố định, dòng 2: \"C1.2; 5\" cần có dạng \"mã; tối thiểu; tối đa\". "
					+ "Ngưỡng cố định, dòng 3: bảng hỏi không có chỉ tiêu \"X9\".");
		String pooled = mockMvc
			.perform(post("/survey/questionnaires/" + id + "/runs").with(ADMIN)
				.with(csrf())
				.param("normalisation", "POOLED_MIN_MAX")
				.param("pooledYears", "2090, 1999")
				.param("minResponses", "30")
				.param("imputation", "NONE")
				.param("replicates", "100")
				.param("sensitivityRuns", "100")
				.param("weightVariation", "20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pooled).contains("href=\"#pooledYears\"")
			.contains("năm 2090 phải là một năm từ 2000 và trước kỳ đang chấm (" + YEAR + ")");
		assertThat(runCount(id)).isEqualTo(before);
	}

	@Test
	void pooledMinMaxTakesItsAnchorsFromTheEarlierEditionsResponses() throws Exception {
		long id = questionnaire();
		long later = copy(id, YEAR + 2);
		responses.insert(later, null, SyntheticResponses.of(questionnaires.get(later), counts(10), 11));
		ScoringRun run = waitUntil(start(later, """
				{"normalisation": "POOLED_MIN_MAX", "pooledYears": "%d", "replicates": 50, "sensitivityRuns": 20,
				 "minResponses": 5, "seed": 3}""".formatted(YEAR)), r -> r.status().finished());
		assertThat(run.status()).isEqualTo(RunStatus.DONE);
		assertThat(run.anchors().pooledYears()).containsExactly(YEAR);
		RunResult result = runs.result(run.id()).orElseThrow();
		assertThat(result.anchors()).hasSize(result.indicatorCodes().size());
		// the anchors span the pooled edition's unit values (units with enough responses
		// there)
		RunResult earlier = runs
			.result(waitUntil(start(id, """
					{"replicates": 10, "sensitivityRuns": 10, "seed": 1, "minResponses": 5}"""),
					r -> r.status().finished())
				.id())
			.orElseThrow();
		double earliestMax = earlier.units()
			.stream()
			.filter(u -> !u.flagged() && u.raw().get(0) != null)
			.mapToDouble(u -> u.raw().get(0))
			.max()
			.orElseThrow();
		assertThat(result.anchors().get(0).high()).isEqualTo(earliestMax);
	}

	@Test
	void aRunIsListedWithItsParametersAndPublishingOverResultsAsksForAReason() throws Exception {
		long id = questionnaire();
		ScoringRun run = waitUntil(start(id, """
				{"replicates": 20, "sensitivityRuns": 10, "seed": 5}"""), r -> r.status().finished());
		JsonNode listed = json(mockMvc.perform(get("/api/v1/questionnaires/" + id + "/runs").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(listed.valueStream().map(r -> r.get("id").asLong())).contains(run.id());
		assertThat(mockMvc.perform(get("/survey/questionnaires/" + id + "/runs").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Lượt chấm điểm số " + run.id()).contains("B = 20, hạt giống 5");

		// 2019 has results: publishing a run of its questionnaire needs a reason
		long of2019 = questionnaires.questionnaire(2019, Block.DEPARTMENT)
			.map(Questionnaire::id)
			.orElseGet(() -> copy(id, 2019));
		responses.insert(of2019, null, SyntheticResponses.of(questionnaires.get(of2019), counts(3), 5));
		ScoringRun over = waitUntil(start(of2019, """
				{"replicates": 10, "sensitivityRuns": 10, "minResponses": 1}"""), r -> r.status().finished());
		assertThat(over.status()).isEqualTo(RunStatus.DONE);
		String page = mockMvc
			.perform(post("/survey/runs/" + over.id() + "/publication").with(ADMIN).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("error-summary")
			.contains("href=\"#reason\"")
			.contains("Lý do công bố lại: kỳ đánh giá năm 2019 đã có kết quả, hãy nêu lý do công bố lại.");
		assertThat(runs.get(over.id()).publishedVersion()).isNull();
	}

	@Test
	void theOpenApiDescriptionListsTheRunCalls() throws Exception {
		JsonNode paths = json(mockMvc.perform(get("/v3/api-docs").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("paths");
		assertThat(paths.get("/api/v1/questionnaires/{id}/runs").has("post")).isTrue();
		assertThat(paths.get("/api/v1/questionnaires/{id}/runs").has("get")).isTrue();
		assertThat(paths.get("/api/v1/runs/{id}").has("get")).isTrue();
		assertThat(paths.get("/api/v1/runs/{id}").has("delete")).isTrue();
		assertThat(paths.get("/api/v1/runs/{id}/publication").has("put")).isTrue();
	}

	/**
	 * The run side of publishing against the index door's contract: the first publication
	 * of an edition needs no reason and is version 1, recorded on the run; the edition
	 * then has results, so publishing again asks for a reason and keeps the first as an
	 * earlier version (version 2).
	 */
	@Test
	void publishingARunMakesItsScoresTheEditionsResults() throws Exception {
		long id = questionnaire();
		ScoringRun run = waitUntil(start(id, """
				{"replicates": 50, "sensitivityRuns": 20, "seed": 8}"""), r -> r.status().finished());
		// the edition published here goes again at the end: other tests read the newest
		// edition
		try {
			assertThat(index.editionYears(Block.DEPARTMENT)).doesNotContain(YEAR);
			mockMvc
				.perform(post("/survey/runs/" + run.id() + "/publication").with(ADMIN).with(csrf()).param("reason", ""))
				.andExpect(status().is3xxRedirection());
			ScoringRun published = runs.get(run.id());
			assertThat(published.publishedVersion()).isEqualTo(1);
			assertThat(published.publishedBy()).isEqualTo("admin");
			assertThat(index.editionYears(Block.DEPARTMENT)).contains(YEAR);
			RunResult result = runs.result(run.id()).orElseThrow();
			UnitResult first = result.units()
				.stream()
				.filter(u -> Integer.valueOf(1).equals(u.rank()))
				.findFirst()
				.orElseThrow();
			var standing = index.standing(YEAR, Block.DEPARTMENT, first.code()).orElseThrow();
			assertThat(standing.totalRank()).isEqualTo(1);
			assertThat(standing.total()).isCloseTo(first.total(), within(0.005));

			mockMvc
				.perform(put("/api/v1/runs/" + run.id() + "/publication").with(ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isBadRequest());
			JsonNode again = json(mockMvc
				.perform(put("/api/v1/runs/" + run.id() + "/publication").with(ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"reason": "Chấm lại sau khi bổ sung phiếu"}"""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(again.get("version").asInt()).isEqualTo(2);
			assertThat(runs.get(run.id()).publishedVersion()).isEqualTo(2);
		}
		finally {
			jdbc.sql("delete from index_edition where year = ? and block = 'DEPARTMENT'").param(YEAR).update();
		}
	}

	private long questionnaire() {
		synchronized (ScoringRunTest.class) {
			if (questionnaireId == null) {
				long id = copy(SurveyFixtures.demoQuestionnaire(jdbc), YEAR);
				Map<String, Integer> counts = counts(40);
				smallUnit = counts.keySet().iterator().next();
				counts.put(smallUnit, 5);
				responses.insert(id, null, SyntheticResponses.of(questionnaires.get(id), counts, 2071));
				questionnaireId = id;
			}
			return questionnaireId;
		}
	}

	private Map<String, Integer> counts(int each) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		index.assessedUnits(Block.DEPARTMENT).forEach(unit -> counts.put(unit.code(), each));
		return counts;
	}

	private long copy(long from, int year) {
		try {
			return json(mockMvc
				.perform(post("/api/v1/questionnaires/" + from + "/copy").param("toYear", "" + year).with(ADMIN))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString()).get("id").asLong();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long start(long questionnaireId, String parameters) throws Exception {
		var response = mockMvc
			.perform(post("/api/v1/questionnaires/" + questionnaireId + "/runs").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(parameters))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		String location = response.getHeader("Location");
		assertThat(location).startsWith("/api/v1/runs/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Waits (at most two minutes) for the run to meet {@code condition}, as a page would.
	 */
	private ScoringRun waitUntil(long runId, Predicate<ScoringRun> condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		ScoringRun run = runs.get(runId);
		while (!condition.test(run) && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
			run = runs.get(runId);
		}
		assertThat(condition.test(run)).as("run %d: %s", runId, run).isTrue();
		return run;
	}

	private ScoringInput inputFromTheDatabase(long id) {
		Questionnaire questionnaire = questionnaires.get(id);
		List<ComponentRef> components = questionnaires.componentsOf(questionnaire.year(), questionnaire.block());
		List<AssessedUnitRef> units = index.assessedUnits(questionnaire.block());
		ScoringInput input = new ScoringInput(questionnaire, components.stream().map(ComponentRef::code).toList(),
				components.stream().mapToDouble(ComponentRef::weight).toArray(),
				new ArrayList<>(units.stream().map(AssessedUnitRef::code).toList()));
		new TransactionTemplate(transactions).executeWithoutResult(tx -> responses.forEach(id, input::add));
		return input;
	}

	private long runCount(long id) {
		return jdbc.sql("select count(*) from survey_scoring_run where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
