package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A business sends a question through the public form in the browser, anonymously and
 * with a script in it; the Office assigns it to the land management unit, the unit
 * answers, the leader approves; signed out again, a search without diacritics finds it on
 * the public page, the script shown as text and no name.
 */
class OpsQuestionBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aQuestionSentFromThePortalIsAnsweredApprovedAndFoundWithoutDiacritics() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String title = "Giao đất đai ở xã Tân Thành " + marker;
		open("/cong-khai/hoi-dap/gui");
		new Select(browser().findElement(By.id("organisationId")))
			.selectByVisibleText("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn");
		new Select(browser().findElement(By.id("field"))).selectByValue("LAND");
		browser().findElement(By.id("contactName")).sendKeys("Đinh Thị Giấu Tên");
		browser().findElement(By.id("phone")).sendKeys("0912345000");
		browser().findElement(By.id("title")).sendKeys(title);
		browser().findElement(By.id("content")).sendKeys("Thời hạn giao đất? <script>alert('x')</script>");
		browser().findElement(By.id("anonymous")).click();
		String challenge = browser().findElement(By.name("challengeId")).getDomAttribute("value");
		int answer = jdbc.sql("select answer from ops_question_challenge where id = ?::uuid")
			.param(challenge)
			.query(Integer.class)
			.single();
		browser().findElement(By.id("challengeAnswer")).sendKeys(String.valueOf(answer));
		browser().findElement(By.id("send-question")).click();
		String code = waitFor(By.id("tracking-code")).getText();
		assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}");
		long id = jdbc.sql("select id from ops_question where title = ?").param(title).query(Long.class).single();

		signIn("vanphong", DEMO_PASSWORD);
		open("/operations/questions");
		waitFor(By.cssSelector("#question-" + id + " a")).click();
		new Select(waitFor(By.id("unitId"))).selectByVisibleText("Phòng Quản lý đất đai");
		browser().findElement(By.id("assign")).click();
		waitForText(By.id("done"), "Đã giao đơn vị trả lời.");

		signIn("qldd", DEMO_PASSWORD);
		open("/operations/questions/" + id);
		waitFor(By.id("answer")).sendKeys("Thời hạn giao đất là 20 ngày làm việc kể từ ngày nhận đủ hồ sơ.");
		browser().findElement(By.id("submit-answer")).click();
		waitForText(By.id("item-stage"), "Chờ lãnh đạo duyệt");

		signIn("lanhdao", DEMO_PASSWORD);
		open("/operations/questions/" + id);
		waitFor(By.id("approve")).click();
		waitForText(By.id("item-stage"), "Đã trả lời, công khai");

		browser().manage().deleteAllCookies();
		open("/cong-khai/hoi-dap");
		waitFor(By.id("q")).sendKeys("giao dat dai o xa tan thanh " + marker);
		browser().findElement(By.cssSelector("#question-search button[type=submit]")).click();
		waitFor(By.cssSelector("#q-" + id + " a")).click();
		assertThat(waitFor(By.id("item-content")).getText()).contains("<script>alert('x')</script>");
		assertThat(browser().findElement(By.id("item-answer")).getText()).contains("20 ngày làm việc");
		assertThat(browser().findElement(By.tagName("main")).getText()).doesNotContain("Giấu Tên");
	}

	private void waitForText(By locator, String text) {
		new WebDriverWait(browser(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(locator, text));
	}

}
