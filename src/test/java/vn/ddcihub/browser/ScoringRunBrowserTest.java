package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.survey.SyntheticResponses;
import vn.ddcihub.survey.domain.Questionnaires;
import vn.ddcihub.survey.domain.ResponseRepository;

/**
 * ADMIN starts a scoring run of a questionnaire with responses (a copy of the
 * illustrative one for 2074), watches its progress bar move while the job works, and
 * reads the result the page shows once it is done: ranks with intervals, the units that
 * cannot be told apart and the sensitivity chart.
 */
class ScoringRunBrowserTest extends BrowserTest {

	@Autowired
	private Questionnaires questionnaires;

	@Autowired
	private ResponseRepository responses;

	@Autowired
	private IndexApi index;

	@Test
	void adminStartsARunWatchesItsProgressAndReadsTheResult() {
		long demo = questionnaires.questionnaire(2020, Block.DEPARTMENT).orElseThrow().id();
		long id = questionnaires.copy(demo, 2074).id();
		Map<String, Integer> counts = new LinkedHashMap<>();
		index.assessedUnits(Block.DEPARTMENT).forEach(unit -> counts.put(unit.code(), 60));
		responses.insert(id, null, SyntheticResponses.of(questionnaires.get(id), counts, 74));

		signIn("admin", DEMO_PASSWORD);
		open("/survey/questionnaires/" + id);
		waitFor(By.linkText("Lượt chấm điểm")).click();
		new Select(waitFor(By.id("normalisation"))).selectByValue("MIN_MAX");
		WebElement replicates = browser().findElement(By.id("replicates"));
		replicates.clear();
		replicates.sendKeys("6000");
		browser().findElement(By.id("seed")).sendKeys("2074");
		browser().findElement(By.cssSelector("#run-form button[type=submit]")).click();

		WebElement bar = waitFor(By.id("run-progress-bar"));
		assertThat(bar.getTagName()).isEqualTo("progress");
		assertThat(browser().findElement(By.id("run-progress-label")).getText()).isEqualTo("Tiến độ lượt chấm điểm");
		new WebDriverWait(browser(), Duration.ofSeconds(60)).until(d -> {
			var stage = d.findElements(By.cssSelector("[data-run-stage]"));
			return stage.isEmpty() || stage.get(0).getText().startsWith("Bootstrap: lần lặp");
		});

		WebElement totals = new WebDriverWait(browser(), Duration.ofSeconds(180))
			.until(d -> d.findElements(By.id("run-totals")).stream().findFirst().orElse(null));
		assertThat(browser().findElement(By.cssSelector("h1")).getText()).contains("Hoàn thành");
		assertThat(browser().findElement(By.id("run-seed")).getText()).isEqualTo("2074");
		assertThat(totals.findElements(By.cssSelector("tbody tr"))).hasSize(counts.size());
		assertThat(totals.getText()).contains("Không phân biệt được với:");
		assertThat(browser().findElement(By.id("sensitivity-chart")).getAttribute("role")).isEqualTo("img");
		assertThat(browser().findElement(By.linkText("Tải kết quả (XLSX)")).getAttribute("href"))
			.endsWith("/result.xlsx");
	}

}
