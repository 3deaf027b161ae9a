package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A leader finds their department in the league table and reads its profile with the
 * radar chart.
 */
class IndexProfileBrowserTest extends BrowserTest {

	@Test
	void leagueTableLeadsToTheProfileWithARenderedRadarChart() {
		signIn("lanhdao", DEMO_PASSWORD);
		browser().findElement(By.linkText("Chỉ số DDCI")).click();
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

}
