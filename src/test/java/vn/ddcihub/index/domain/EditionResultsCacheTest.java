package vn.ddcihub.index.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.EditionResultsChanged;
import vn.ddcihub.index.domain.IndexService.ScoreCorrection;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.shared.ChangeStamps;

/**
 * Changes of an edition's results are announced to other modules, and every node's cache
 * follows them: the node that made the change through the event and at commit, any other
 * node — which never receives the event — through the editions' change stamp.
 */
@RecordApplicationEvents
class EditionResultsCacheTest extends IntegrationTest {

	static final CurrentUser ADMIN = new CurrentUser(0, "cache-test-admin", "Quản trị", null, null,
			EnumSet.of(Role.ADMIN), "", true);
	static final String RESULTS = """
			unit_code,unit_name,c1,c2,c3,c4,c5,c6,c7,c8
			K1,Huyện Một,5,5,5,5,5,5,5,5
			K2,Huyện Hai,6,6,6,6,6,6,6,6
			""";

	@Autowired
	IndexService index;

	@Autowired
	IndexRepository repository;

	@Autowired
	ChangeStamps stamps;

	@Test
	void importsAndCorrectionsAreAnnounced(ApplicationEvents events) {
		EditionResultsChanged changed = new EditionResultsChanged(2075, Block.DISTRICT);
		index.importResults(2075, Block.DISTRICT, "2075.csv", RESULTS.getBytes(StandardCharsets.UTF_8), true);
		assertThat(events.stream(EditionResultsChanged.class)).isNotEmpty().containsOnly(changed);

		events.clear();
		index.correct(2075, Block.DISTRICT, "K1", allComponents(9.5));
		assertThat(events.stream(EditionResultsChanged.class)).containsExactly(changed);
	}

	@Test
	void aSecondNodesCacheTakesACorrectionWithoutTheEvent() {
		EditionResultsCache secondNode = new EditionResultsCache(repository, jdbc, stamps, event -> {
		});
		index.importResults(2076, Block.DISTRICT, "2076.csv", RESULTS.getBytes(StandardCharsets.UTF_8), true);
		assertThat(total(secondNode, "K1")).isEqualTo(50.0);

		index.correct(2076, Block.DISTRICT, "K1", allComponents(9.5));

		assertThat(total(index, "K1")).as("the node that corrected, at once").isEqualTo(95.0);
		await().atMost(Duration.ofSeconds(2)).until(() -> total(secondNode, "K1") == 95.0);
	}

	@Test
	void cachedEditionsHoldABoundedNumberOfUnits() {
		EditionResultsCache cache = new EditionResultsCache(repository, jdbc, stamps, event -> {
		}, 3);
		index.importResults(2077, Block.DISTRICT, "2077.csv", RESULTS.getBytes(StandardCharsets.UTF_8), true);
		index.importResults(2078, Block.DISTRICT, "2078.csv", RESULTS.getBytes(StandardCharsets.UTF_8), true);
		index.importResults(2079, Block.DISTRICT, "2079.csv",
				(RESULTS + "K3,Huyện Ba,7,7,7,7,7,7,7,7\nK4,Huyện Bốn,8,8,8,8,8,8,8,8\n")
					.getBytes(StandardCharsets.UTF_8),
				true);
		String stamp = cache.validateCache();

		cache.cached(2077, Block.DISTRICT, stamp);
		assertThat(cache.cachedUnits()).isEqualTo(2);
		cache.cached(2078, Block.DISTRICT, stamp);
		assertThat(cache.cachedUnits()).as("two editions of two would be four: the first is dropped").isEqualTo(2);
		assertThat(cache.cached(2079, Block.DISTRICT, stamp).orElseThrow().units()).hasSize(4);
		assertThat(cache.cachedUnits()).as("an edition over the bound is computed, not kept").isEqualTo(2);
	}

	private static double total(EditionResultsCache cache, String unit) {
		return cache.find(2076, Block.DISTRICT).orElseThrow().unit(unit).orElseThrow().total();
	}

	private static double total(IndexService index, String unit) {
		return index.results(2076, Block.DISTRICT).unit(unit).orElseThrow().total();
	}

	private static ScoreCorrection allComponents(double score) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (int c = 1; c <= 8; c++) {
			scores.put("C" + c, score);
		}
		return new ScoreCorrection(scores, null, null);
	}

}
