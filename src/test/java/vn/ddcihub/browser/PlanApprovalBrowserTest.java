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
 * A revision goes draft → submitted → returned → resubmitted → issued: the Office
 * submits, the director returns it with a comment and then issues it; until then every
 * view shows the banner naming the version in force. Retiring a task asks first and can
 * be undone. The plan page and my work fit a desktop and a phone without sideways
 * scrolling. Works on a copy of the seed plan, so the seed stays as transcribed for the
 * other tests.
 */
class PlanApprovalBrowserTest extends BrowserTest {

	@Test
	void aRevisionIsSubmittedReturnedResubmittedAndIssuedByTheDirector() {
		browser().manage().window().setSize(new Dimension(1366, 900));
		signIn("vanphong", DEMO_PASSWORD);
		open("/plans");
		browser().findElement(By.linkText("60/KH-STNMT")).click();
		browser().findElement(By.xpath("//button[normalize-space()='Sao chép sang năm sau']")).click();
		waitForText("2021");
		String planPath = java.net.URI.create(browser().getCurrentUrl()).getPath();
		click("submit-plan");
		assertStatus("Đã trình, chờ ban hành");

		signIn("lanhdao", DEMO_PASSWORD);
		open(planPath);
		click("issue-plan");
		assertThat(waitFor(By.id("issuedOn")).getAttribute("value")).matches("\\d{2}/\\d{2}/\\d{4}");
		click("confirm-issue");
		assertStatus("Đã ban hành");

		// the Office revises the issued plan: asked first, then the banner names the
		// version in force
		signIn("vanphong", DEMO_PASSWORD);
		open(planPath);
		click("revise-plan");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Mở bản sửa đổi lần 2?");
		click("confirm-revise");
		assertThat(text("revision-banner")).contains("Bản sửa đổi lần 2 — chưa ban hành; bản có hiệu lực: lần 1 ngày");

		// retiring asks, says what happened and can be undone
		String firstTask = browser().findElement(By.cssSelector("table.tasks th.task-title strong")).getText();
		browser().findElement(By.cssSelector("a.retire")).click();
		assertThat(waitFor(By.tagName("main")).getText()).contains("Thôi thực hiện nhiệm vụ?", firstTask);
		click("confirm-retire");
		assertThat(waitFor(By.cssSelector(".alert.undo")).getText()).contains("Đã thôi thực hiện nhiệm vụ");
		assertThat(browser().findElement(By.cssSelector("table.tasks th.task-title strong")).getText())
			.isNotEqualTo(firstTask);
		click("undo-retire");
		assertThat(waitFor(By.cssSelector("tr.highlight th.task-title strong")).getText()).isEqualTo(firstTask);
		assertThat(browser().findElement(By.cssSelector("table.tasks th.task-title strong")).getText())
			.isEqualTo(firstTask);
		click("submit-plan");
		assertStatus("Đã trình, chờ ban hành");

		signIn("lanhdao", DEMO_PASSWORD);
		open(planPath);
		assertThat(text("revision-banner")).contains("Bản sửa đổi lần 2");
		click("return-plan");
		waitFor(By.id("comment")).sendKeys("Bổ sung hạn hoàn thành cho nhiệm vụ C3");
		click("confirm-return");
		assertStatus("Bị trả lại để sửa");

		signIn("vanphong", DEMO_PASSWORD);
		open(planPath);
		assertThat(text("revision-banner")).contains("Bổ sung hạn hoàn thành cho nhiệm vụ C3");
		browser().findElement(By.linkText("Xem những gì thay đổi so với bản có hiệu lực")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).contains("Bản sửa đổi lần 2 so với bản có hiệu lực");
		open(planPath);
		click("submit-plan");
		assertStatus("Đã trình, chờ ban hành");

		signIn("lanhdao", DEMO_PASSWORD);
		open(planPath);
		click("issue-plan");
		click("confirm-issue");
		assertStatus("Đã ban hành");
		assertThat(browser().findElements(By.id("revision-banner"))).isEmpty();
		assertThat(waitFor(By.tagName("main")).getText()).contains("lần 2");
	}

	@Test
	void thePlanPageFitsADesktopAndAPhone() {
		signIn("vanphong", DEMO_PASSWORD);
		for (Dimension size : new Dimension[] { new Dimension(1366, 900), new Dimension(390, 844) }) {
			browser().manage().window().setSize(size);
			open("/plans");
			browser().findElement(By.linkText("60/KH-STNMT")).click();
			waitFor(By.cssSelector("table.targets"));
			assertThat(overflow("document.documentElement")).as("plan page at %s", size).isLessThanOrEqualTo(0);
			assertThat(overflow("document.querySelector('table.targets').parentElement"))
				.as("targets table at %s", size)
				.isLessThanOrEqualTo(0);
			// the target of the first component is on screen without scrolling sideways
			assertThat(rightEdge("table.targets td.target")).as("target column at %s", size)
				.isLessThanOrEqualTo(size.getWidth());
		}
	}

	/** How far an element's content runs past its visible width, in pixels. */
	private long overflow(String element) {
		return ((Number) ((JavascriptExecutor) browser())
			.executeScript("var e = " + element + "; return e.scrollWidth - e.clientWidth;")).longValue();
	}

	private long rightEdge(String selector) {
		return ((Number) ((JavascriptExecutor) browser()).executeScript(
				"return Math.ceil(document.querySelector(arguments[0]).getBoundingClientRect().right);", selector))
			.longValue();
	}

	/** Waits for the page that shows the plan in this status (the click's answer). */
	private void assertStatus(String status) {
		new WebDriverWait(browser(), Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBe(By.id("plan-status"), status));
	}

	private void click(String id) {
		waitFor(By.id(id)).click();
	}

	private String text(String id) {
		return waitFor(By.id(id)).getText();
	}

	private void waitForText(String text) {
		new WebDriverWait(browser(), Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
	}

}
