package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.PublishedLeague;
import vn.ddcihub.index.IndexApi.ScoredEdition;
import vn.ddcihub.index.IndexApi.ScoredUnit;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.ResponseSource;

/**
 * The illustrative 2020 responses as the demo start-up stores them, read back from the
 * database and scored as the illustrative edition is published.
 */
class SurveyDemoResponsesTest extends IntegrationTest {

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Quản trị", null, null, Set.of(Role.ADMIN), "", true);

	@Autowired
	SurveyDemoResponses demoResponses;

	@Autowired
	ResponseRepository responses;

	@Autowired
	IndexApi index;

	@Test
	void theDemoStoresOneIllustrativeImportAboutTheTwentyThreeUnitsOnlyOnce() {
		Questionnaire questionnaire = demoResponses.illustrativeQuestionnaire();
		assertThat(questionnaire).isNotNull();
		assertThat(questionnaire.title()).contains("dữ liệu minh họa");
		assertThat(responses.batches(questionnaire.id())).singleElement().satisfies(batch -> {
			assertThat(batch.fileName()).isEqualTo("Dữ liệu khảo sát minh họa 2020");
			assertThat(batch.source()).isEqualTo(ResponseSource.SPREADSHEET);
			assertThat(batch.responseCount()).isEqualTo(IllustrativeResponses.shippedLatents()
				.stream()
				.mapToInt(IllustrativeResponses.UnitLatent::respondents)
				.sum());
		});
		Map<String, Integer> counts = responses.countsByUnit(questionnaire.id());
		assertThat(counts).hasSize(23).containsEntry("STNMT", 155);

		demoResponses.run(null);
		assertThat(responses.batches(questionnaire.id())).as("a second start adds nothing").hasSize(1);
	}

	@Test
	void theStoredResponsesScoreStnmtNearItsTargetsWithIntervalsForEveryUnit() {
		ScoredEdition edition = demoResponses.illustrativeEdition();
		assertThat(edition.year()).isEqualTo(2020);
		assertThat(edition.source()).contains("minh họa");
		assertThat(edition.units()).hasSize(23).allSatisfy(unit -> {
			assertThat(unit.ranked()).isTrue();
			assertThat(unit.totalInterval().low()).isLessThanOrEqualTo(unit.total());
			assertThat(unit.totalInterval().high()).isGreaterThanOrEqualTo(unit.total());
			assertThat(unit.componentIntervals()).hasSize(8).doesNotContainNull();
			assertThat(unit.rankInterval().low()).isLessThanOrEqualTo(unit.rank());
		});
		ScoredUnit stnmt = edition.units().stream().filter(u -> u.code().equals("STNMT")).findFirst().orElseThrow();
		Map<String, Double> targets = IllustrativeSurveyFixture.targets();
		for (int c = 0; c < 8; c++) {
			String code = edition.componentCodes().get(c);
			assertThat(stnmt.components().get(c)).as(code).isCloseTo(targets.get(code), within(0.3));
		}
		assertThat(stnmt.total()).isCloseTo(targets.get("total"), within(1.5));
		assertThat(stnmt.responses()).isEqualTo(155);
	}

	/** Published at start-up, labelled illustrative, with intervals. */
	@Test
	void theIllustrativeEditionIsPublishedWithStnmtNearItsTargets() {
		PublishedLeague league = index.publishedLeague(2020, Block.DEPARTMENT).orElseThrow();
		assertThat(league.rows()).hasSize(23);
		assertThat(league.edition().illustrative()).isTrue();
		Map<String, Double> targets = IllustrativeSurveyFixture.targets();
		var stnmt = league.row("STNMT").orElseThrow();
		for (int c = 0; c < 8; c++) {
			String code = league.components().get(c).code();
			assertThat(stnmt.scores().get(c)).as(code).isCloseTo(targets.get(code), within(0.3));
		}
		assertThat(stnmt.total()).isCloseTo(targets.get("total"), within(1.5));
		assertThat(stnmt.responses()).isEqualTo(155);
		assertThat(stnmt.totalInterval()).isNotNull();
		assertThat(stnmt.totalInterval().low()).isLessThan(stnmt.total());
		assertThat(stnmt.totalInterval().high()).isGreaterThan(stnmt.total());
	}

}
