package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A leader finds their department in the league table and reads its profile with the
 * radar chart; the Office tries targets in the what-if; the tables fit a desktop and a
 * phone.
 */
class IndexProfileBrowserTest extends BrowserTest {

	@Test
	void leagueTableLeadsToTheProfileWithARenderedRadarChart() {
		signIn("lanhdao", DEMO_PASSWORD);
		browser().findElement(By.linkText("Chỉ số DDCI")).click();
		// the latest edition first: the demo's 2020, scored from its illustrative survey
		assertThat(waitFor(By.tagName("h1")).getText()).contains("2020");
		open("/index?year=2019");
		assertThat(waitFor(By.tagName("h1")).getText()).contains("2019");
		assertThat(browser().findElement(By.cssSelector(".illustrative")).getText()).contains("minh họa");
		browser().findElement(By.linkText("Sở Tài nguyên và Môi trường")).click();

		WebElement radar = waitFor(By.id("radar-chart"));
		new WebDriverWait(browser(), Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id("radar-chart"), "data-rendered", "true"));
		assertThat(radar.findElements(By.tagName("canvas"))).isNotEmpty();
		String table = browser().findElement(By.id("profile-table")).getText();
		assertThat(table).contains("Cạnh tranh bình đẳng").contains("23/23").contains("2,65").contains("10/23");
	}

	@Test
	void theWhatIfFollowsTheTypingWithoutLeavingThePage() {
		signIn("vanphong", DEMO_PASSWORD);
		open("/index/2019/units/STNMT?block=DEPARTMENT");
		WebDriverWait wait = new WebDriverWait(browser(), Duration.ofSeconds(15));
		wait.until(ExpectedConditions.textToBe(By.cssSelector(".what-if-answer"), "70,25 → hạng 9/23"));
		((JavascriptExecutor) browser()).executeScript("window.stayedOnPage = true;");

		WebElement c4 = browser().findElement(By.name("target_C4"));
		c4.clear();
		c4.sendKeys("9");

		wait.until(ExpectedConditions.textToBe(By.cssSelector(".what-if-answer"), "74,00 → hạng 7/23"));
		assertThat(((JavascriptExecutor) browser()).executeScript("return window.stayedOnPage === true;"))
			.as("answered in place, not by loading the page again")
			.isEqualTo(true);
		assertThat(browser().getCurrentUrl()).contains("target_C4=9");
		assertThat(browser().findElement(By.id("what-if-result")).getText()).contains("minh họa");
	}

	@Test
	void tablesFitADesktopAndOnAPhoneTheTotalIsInView() {
		signIn("vanphong", DEMO_PASSWORD);
		try {
			for (String path : new String[] { "/index/2019/units/STNMT?block=DEPARTMENT", "/index?year=2019" }) {
				open(path);
				waitFor(By.cssSelector("table.table"));
				assertThat(number("var t = document.querySelector('table.table');"
						+ "return t.scrollWidth - t.parentElement.clientWidth;"))
					.as("nothing cut off at 1366 px: " + path)
					.isLessThanOrEqualTo(0);
			}
			browser().manage().window().setSize(new Dimension(390, 844));
			open("/index?year=2019");
			waitFor(By.id("league-table"));
			assertThat(number(
					"var cell = document.querySelector('#league-table tbody tr td[data-value]:nth-last-child(3)');"
							+ "return window.innerWidth - cell.getBoundingClientRect().right;"))
				.as("the total of the league's first row is on screen")
				.isGreaterThanOrEqualTo(0);
			open("/index/2019/units/STNMT?block=DEPARTMENT");
			waitFor(By.id("profile-table"));
			assertThat(number("var cell = document.querySelector('#profile-table tbody tr td.num');"
					+ "return window.innerWidth - cell.getBoundingClientRect().right;"))
				.as("the profile's score column is on screen beside the component")
				.isGreaterThanOrEqualTo(0);
		}
		finally {
			browser().manage().window().setSize(new Dimension(1366, 900));
		}
	}

	private long number(String script) {
		return ((Number) ((JavascriptExecutor) browser()).executeScript(script)).longValue();
	}

}
