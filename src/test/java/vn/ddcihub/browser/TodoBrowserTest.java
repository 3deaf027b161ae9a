package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A unit's staff open their to-do list on a desktop and on a phone: overdue work first in
 * red, every row with its due date and report action on screen (cards on a phone), and
 * the status filter keeps only the chosen status.
 */
class TodoBrowserTest extends BrowserTest {

	@Test
	void theToDoListFitsADesktopAndAPhoneAndFilters() {
		signIn("qldd", DEMO_PASSWORD);
		for (Dimension size : new Dimension[] { new Dimension(1366, 900), new Dimension(390, 844) }) {
			browser().manage().window().setSize(size);
			open("/my-work");
			WebElement first = waitFor(By.cssSelector("table.todo tbody tr"));
			assertThat(overflow()).as("to-do list at %s", size).isLessThanOrEqualTo(0);
			// the demo plan's 2020 work still open is overdue: first, in red
			assertThat(first.getAttribute("data-urgency")).isEqualTo("OVERDUE");
			assertThat(first.getAttribute("class")).contains("overdue");
			assertThat(first.findElement(By.cssSelector("td.due")).getCssValue("color"))
				.isEqualTo("rgba(143, 31, 19, 1)");
			assertThat(first.findElement(By.cssSelector("td.due")).getText()).contains("/2020");
			WebElement action = first.findElement(By.cssSelector("td.row-actions .button"));
			assertThat(rightEdge(action)).as("report action at %s", size).isLessThanOrEqualTo(size.getWidth());
			boolean cards = ((Number) ((JavascriptExecutor) browser())
				.executeScript("return document.querySelector('table.todo thead').getBoundingClientRect().height;"))
				.doubleValue() <= 1;
			assertThat(cards).as("rows are cards at %s", size).isEqualTo(size.getWidth() < 700);
		}

		browser().manage().window().setSize(new Dimension(1366, 900));
		// other tests report on the shared seed plan, so filter by a status the list
		// shows
		// now
		String status = waitFor(By.cssSelector("table.todo tbody tr td.status .badge")).getText();
		new Select(waitFor(By.id("filter-status"))).selectByVisibleText(status);
		browser().findElement(By.cssSelector("#todo-filters button[type=submit]")).click();
		List<WebElement> rows = waitFor(By.cssSelector("main")).findElements(By.cssSelector("table.todo tbody tr"));
		assertThat(browser().getCurrentUrl()).contains("status=");
		assertThat(rows).isNotEmpty()
			.allSatisfy(
					row -> assertThat(row.findElement(By.cssSelector("td.status .badge")).getText()).isEqualTo(status));
	}

	private long overflow() {
		return ((Number) ((JavascriptExecutor) browser())
			.executeScript("var e = document.documentElement; return e.scrollWidth - e.clientWidth;")).longValue();
	}

	private long rightEdge(WebElement element) {
		return ((Number) ((JavascriptExecutor) browser())
			.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right);", element)).longValue();
	}

}
