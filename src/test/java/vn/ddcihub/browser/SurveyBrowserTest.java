package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * ADMIN opens the illustrative 2020 questionnaire from the menu, copies it to 2045 (the
 * 2020 one stays as seeded for the other tests), and adds a question to the copy: first
 * with a wrong name, told beside the field, then right, and finds it under its indicator.
 */
class SurveyBrowserTest extends BrowserTest {

	@Test
	void adminCopiesTheQuestionnaireAndAddsAQuestionAfterFixingItsName() {
		signIn("admin", DEMO_PASSWORD);
		browser().findElement(By.linkText("Bảng hỏi khảo sát")).click();
		waitFor(By.partialLinkText("Bảng hỏi DDCI 2020")).click();
		assertThat(waitFor(By.id("component-C1")).getText()).startsWith("C1 — ");

		browser().findElement(By.id("toYear")).clear();
		browser().findElement(By.id("toYear")).sendKeys("2045");
		browser().findElement(By.cssSelector("#copy-questionnaire button[type=submit]")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).contains("2045");

		browser().findElement(By.linkText("Thêm câu hỏi")).click();
		waitFor(By.id("name")).sendKeys("c9 mới");
		browser().findElement(By.id("label")).sendKeys("Cán bộ trả lời điện thoại của doanh nghiệp");
		new Select(browser().findElement(By.id("type"))).selectByValue("LIKERT_5");
		new Select(browser().findElement(By.id("indicatorCode"))).selectByValue("C8.1");
		browser().findElement(By.id("favourable")).clear();
		browser().findElement(By.id("favourable")).sendKeys("4, 5");
		browser().findElement(By.cssSelector("#question-form button[type=submit]")).click();

		assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("Tên câu hỏi (XLSForm)");
		browser().findElement(By.cssSelector(".error-summary a[href='#name']")).click();
		assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("name");
		assertThat(browser().findElement(By.id("label")).getAttribute("value"))
			.isEqualTo("Cán bộ trả lời điện thoại của doanh nghiệp");
		browser().findElement(By.id("name")).clear();
		browser().findElement(By.id("name")).sendKeys("c8_6");
		browser().findElement(By.cssSelector("#question-form button[type=submit]")).click();

		waitFor(By.id("component-C8"));
		assertThat(browser().findElement(By.tagName("main")).getText())
			.contains("Cán bộ trả lời điện thoại của doanh nghiệp")
			.contains("c8_6");
	}

}
