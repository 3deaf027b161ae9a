package vn.ddcihub.index;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ddcihub.index.domain.EditionResults;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.org.CurrentUser;

/**
 * Not a test: a dev-only fixture to look at survey results as a user would. With
 * {@code -Dddci.screens=true} it starts the application on port 8194 with the demo data,
 * publishes an illustrative department 2020 edition from scores derived from 2019 (two
 * units below the minimum of responses), re-publishes it with a reason so it has two
 * versions, and keeps serving for {@code ddci.screens.seconds} (default 600) for
 * screenshots. Nothing of it ships: the demo's real 2020 survey is published by the demo
 * data.
 */
@EnabledIfSystemProperty(named = "ddci.screens", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "server.port=8194", "ddci.embedded.data-dir=target/screens-data/postgres",
				"ddci.embedded.port=54394", "ddci.embedded.clean=true", "ddci.demo=true", "ddci.db.url=",
				"ddci.admin-password=", "ddci.templates-dir=target/screens-data/templates" })
class ScoredEditionScreens {

	@Autowired
	IndexApi index;

	@Autowired
	vn.ddcihub.index.domain.IndexService service;

	@Autowired
	UserDetailsService accounts;

	@Test
	void serveASurveyEditionForScreenshots() throws InterruptedException {
		CurrentUser admin = (CurrentUser) accounts.loadUserByUsername("admin");
		index.publishScores(scores(0.0).source("Lượt chấm điểm số 1").build(), null, admin);
		index.publishScores(scores(0.05).source("Lượt chấm điểm số 2").build(),
				"Bổ sung 212 phiếu nhập muộn từ KoboToolbox", admin);
		Thread.sleep(Long.getLong("ddci.screens.seconds", 600) * 1000);
	}

	/** 2019's scores raised a little, intervals wider for units with fewer responses. */
	private ScoredEditions scores(double shift) {
		EditionResults seed2019 = service.results(2019, Block.DEPARTMENT);
		ScoredEditions scores = ScoredEditions.of(2020, Block.DEPARTMENT).illustrative();
		List<UnitResult> units = seed2019.units();
		for (int u = 0; u < units.size(); u++) {
			UnitResult unit = units.get(u);
			double raise = unit.code().equals("STNMT") ? 0.6 : 0.1 + shift;
			double[] raised = unit.scores()
				.stream()
				.mapToDouble(s -> s == null ? 5.0 : Math.min(10, s + raise))
				.toArray();
			int responses = u % 9 == 8 ? 6 : 80 + (u * 37) % 90;
			double halfWidth = responses < 30 ? 0.9 : 2.4 / Math.sqrt(responses);
			scores.unit(unit.code(), unit.name(), responses, responses >= 30, raised, halfWidth);
		}
		return scores;
	}

}
