package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The director opens the dashboard from the start page, reads each component's health as
 * words with an icon and the rule beside it, and goes from a component to its tasks in
 * one click; the province body sorts the province view. Both fit a phone's width, tables
 * read as cards.
 */
class DashboardBrowserTest extends BrowserTest {

	@Test
	void theDirectorGoesFromTheStartPageToAComponentsTasks() {
		browser().manage().window().setSize(new Dimension(1366, 900));
		signIn("lanhdao", DEMO_PASSWORD);
		// the start page opens with the dashboard's card
		WebElement card = waitFor(By.id("dashboard-title"));
		assertThat(card.getText()).contains("Bảng điều hành — 60/KH-STNMT");
		browser().findElement(By.linkText("Mở bảng điều hành →")).click();
		waitFor(By.id("components-title"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Bảng điều hành");
		assertThat(browser().findElement(By.id("goal-title")).getText()).contains("Mục tiêu");
		assertThat(browser().findElement(By.cssSelector(".goal")).getText()).contains("Top 10").contains("70");
		assertThat(browser().findElement(By.cssSelector(".rule")).getText()).contains("Quy tắc xác định tình trạng")
			.contains("1/3");

		List<WebElement> rows = browser().findElements(By.cssSelector("tr.component-row"));
		assertThat(rows).isNotEmpty();
		for (WebElement row : rows) {
			// never colour alone: a word and an icon
			String health = row.findElement(By.cssSelector(".health")).getText();
			assertThat(health).matches("[✓!✕]\\s+(Đúng tiến độ|Có nguy cơ|Chậm)");
		}
		WebElement first = rows.get(0).findElement(By.cssSelector("th a"));
		String component = first.getText();
		first.click();
		assertThat(browser().getCurrentUrl()).contains("#component-");
		String id = browser().getCurrentUrl().substring(browser().getCurrentUrl().indexOf('#') + 1);
		WebElement section = browser().findElement(By.id(id));
		assertThat(section.findElement(By.tagName("h3")).getText()).contains(component);
		assertThat(section.findElements(By.cssSelector("table.tasks tbody tr"))).isNotEmpty();
		assertThat(navigationLabels()).contains("Bảng điều hành").doesNotContain("Toàn tỉnh");
	}

	@Test
	void theDashboardReadsAsCardsOnAPhone() {
		browser().manage().window().setSize(new Dimension(390, 844));
		signIn("lanhdao", DEMO_PASSWORD);
		open("/dashboard");
		waitFor(By.id("components-title"));
		assertFitsThePhone();
		WebElement head = browser().findElement(By.cssSelector("table.components thead"));
		assertThat(head.getSize().getHeight()).isLessThanOrEqualTo(1);
		WebElement cell = browser().findElement(By.cssSelector("table.components tbody td"));
		assertThat(cell.getCssValue("display")).isEqualTo("block");
	}

	@Test
	void theProvinceBodySortsThePlansSideBySide() {
		for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
			browser().manage().window().setSize(size);
			signIn("ubnd", DEMO_PASSWORD);
			if (size.getWidth() > 800) {
				// on a phone the menu is folded behind its button
				assertThat(navigationLabels()).contains("Toàn tỉnh").doesNotContain("Bảng điều hành");
			}
			open("/province");
			waitFor(By.cssSelector("table.province"));
			assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Tình hình thực hiện toàn tỉnh");
			assertThat(browser().findElement(By.cssSelector("table.province")).getText())
				.contains("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn");
			browser().findElement(By.linkText("Tên cơ quan")).click();
			waitFor(By.cssSelector("table.province"));
			assertThat(browser().getCurrentUrl()).endsWith("/province?sort=ORGANISATION");
			assertThat(browser().findElement(By.cssSelector(".sort-by [aria-current]")).getText())
				.isEqualTo("Tên cơ quan");
			if (size.getWidth() < 800) {
				assertFitsThePhone();
			}
		}
	}

	private void assertFitsThePhone() {
		Number pageWidth = (Number) ((JavascriptExecutor) browser())
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(pageWidth.intValue()).isLessThanOrEqualTo(390);
	}

}
