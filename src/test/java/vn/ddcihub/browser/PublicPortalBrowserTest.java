package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen, not signed in, goes from the sign-in page to the published league table and
 * on to a unit's profile with the radar chart the index pages draw; on a phone the page
 * does not scroll sideways.
 */
class PublicPortalBrowserTest extends BrowserTest {

	@Test
	void fromTheSignInPageToTheLeagueTableAndAUnitProfile() {
		open("/login");
		browser().findElement(By.id("public-results")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Kết quả DDCI công khai");
		assertThat(browser().findElements(By.id("main-nav"))).isEmpty();
		browser().findElement(By.cssSelector("a[href='/cong-khai/2019/DEPARTMENT']")).click();

		waitFor(By.id("public-league"));
		assertThat(browser().findElement(By.cssSelector("#public-league caption")).getText()).contains("Bảng xếp hạng")
			.contains("minh họa");
		browser().findElement(By.linkText("Sở Tài nguyên và Môi trường")).click();

		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Sở Tài nguyên và Môi trường — 2019");
		new WebDriverWait(browser(), Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id("radar-chart"), "data-rendered", "true"));
		assertThat(browser().findElements(By.cssSelector("#radar-chart canvas"))).isNotEmpty();
		assertThat(browser().findElement(By.id("unit-rank")).getText()).isEqualTo("20/23");
		assertThat(browser().findElement(By.id("unit-trend")).getText()).contains("2018").contains("2019");

		browser().manage().window().setSize(new Dimension(390, 844));
		try {
			for (String path : new String[] { "/cong-khai", "/cong-khai/2019/DEPARTMENT",
					"/cong-khai/2019/DEPARTMENT/STNMT", "/cong-khai/phuong-phap" }) {
				open(path);
				waitFor(By.tagName("h1"));
				Number overflow = (Number) ((JavascriptExecutor) browser())
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
				assertThat(overflow.intValue()).as("no sideways scrolling on a phone: " + path).isLessThanOrEqualTo(0);
			}
		}
		finally {
			browser().manage().window().setSize(new Dimension(1366, 900));
		}
	}

}
