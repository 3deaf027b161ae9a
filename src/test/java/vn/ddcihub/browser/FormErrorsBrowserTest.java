package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator makes mistakes on the plan form in a Vietnamese and in an English
 * browser: the browser shows none of its own (English) messages, the server's error
 * summary takes the focus and its link moves the focus to the field; "70,5" and "7,5" are
 * then saved as 70.5 and 7.5. Also checks a form with errors with axe-core and writes
 * screenshots of forms with errors at desktop and phone sizes under target/screenshots.
 */
class FormErrorsBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVietnameseBrowserGetsTheServersErrorsAndSavesADecimalComma() {
		mistakesThenSave(browser(), "VI");
	}

	@Test
	void anEnglishBrowserGetsTheSameVietnamesePageAndSavesADecimalComma() throws IOException {
		WebDriver english = startChromium("en");
		try {
			english.get(url("/"));
			assertThat((String) script(english, "return navigator.language")).startsWith("en");
			mistakesThenSave(english, "EN");
		}
		finally {
			english.quit();
		}
	}

	private void mistakesThenSave(WebDriver driver, String tag) {
		String number = "9/KH-TRINHDUYET-" + tag;
		signIn(driver, "vanphong");
		driver.get(url("/plans/new"));
		WebElement form = driver.findElement(By.cssSelector("main form.form"));
		assertThat(form.getAttribute("novalidate")).as("the server validates, not the browser").isNotNull();
		assertThat(driver.findElements(By.cssSelector("main [required]"))).isEmpty();
		type(driver, "numberSymbol", number);
		type(driver, "place", "Lạng Sơn");
		type(driver, "issuedOn", "31/02/2026");
		type(driver, "issuer", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
		type(driver, "title", "Kế hoạch thử trên trình duyệt");
		type(driver, "year", "2026");
		type(driver, "baselineYear", "2025");
		type(driver, "targetYear", "2026");
		type(driver, "goalTotalScore", "bảy mươi");
		type(driver, "signerName", "Nguyễn Văn A");
		form.submit();

		WebElement summary = wait(driver)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-error-summary]")));
		assertThat(driver.getTitle()).startsWith("Lỗi: ");
		assertThat(summary.getText()).contains("Có lỗi cần sửa", "Ngày ban hành phải là một ngày có thật",
				"Mục tiêu điểm tổng hợp phải là một số");
		assertThat((Boolean) script(driver, "return document.activeElement.hasAttribute('data-error-summary')"))
			.as("the summary takes the focus")
			.isTrue();
		assertThat(driver.findElement(By.id("issuedOn-error")).getText())
			.contains("Ngày ban hành phải là một ngày có thật");
		assertThat(driver.findElement(By.id("goalTotalScore")).getAttribute("value")).isEqualTo("bảy mươi");
		summary.findElement(By.cssSelector("a[href='#issuedOn']")).click();
		assertThat((String) script(driver, "return document.activeElement.id")).isEqualTo("issuedOn");
		summary = driver.findElement(By.cssSelector("[data-error-summary]"));
		summary.findElement(By.cssSelector("a[href='#goalTotalScore']")).click();
		assertThat((String) script(driver, "return document.activeElement.id")).isEqualTo("goalTotalScore");

		type(driver, "issuedOn", "15/01/2026");
		type(driver, "goalTotalScore", "70,5");
		driver.findElement(By.cssSelector("main form.form")).submit();
		wait(driver).until(ExpectedConditions.urlMatches("/plans/\\d+$"));
		assertThat(jdbc.sql("select goal_total_score from plan_plan where number_symbol = :n")
			.param("n", number)
			.query(BigDecimal.class)
			.single()).isEqualTo(new BigDecimal("70.50"));

		long planId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/plans/(\\d+)$", "$1"));
		driver.get(url("/plans/" + planId + "/targets/new"));
		type(driver, "componentCode", "C1");
		type(driver, "componentName", "Tính minh bạch và tiếp cận thông tin");
		type(driver, "targetScore", "7,5");
		new Select(driver.findElement(By.id("leadUnitIds"))).selectByVisibleText("Văn phòng Sở");
		driver.findElement(By.cssSelector("main form.form")).submit();
		wait(driver).until(ExpectedConditions.urlMatches("/plans/\\d+$"));
		assertThat(jdbc.sql("select target_score from plan_target where plan_id = :p")
			.param("p", planId)
			.query(BigDecimal.class)
			.single()).isEqualTo(new BigDecimal("7.50"));
	}

	@Test
	void screenshotsOfFormsWithErrorsAtDesktopAndPhoneSizes() throws IOException {
		Path folder = Files.createDirectories(Path.of("target/screenshots"));
		try {
			for (Dimension size : new Dimension[] { new Dimension(1366, 900), new Dimension(390, 844) }) {
				browser().manage().window().setSize(size);
				String suffix = "-" + size.getWidth() + "x" + size.getHeight() + ".png";
				signIn("vanphong", DEMO_PASSWORD);
				open("/plans/new");
				type(browser(), "numberSymbol", "");
				type(browser(), "issuedOn", "31/02/2020");
				type(browser(), "goalTotalScore", "abc");
				browser().findElement(By.cssSelector("main form.form")).submit();
				waitFor(By.cssSelector("[data-error-summary]"));
				assertThat(AccessibilityBrowserTest.seriousViolations(browser())).as("axe on the plan form with errors")
					.isEmpty();
				shoot(folder.resolve("plan-form" + suffix));
				// the seed plan is issued (its forms ask for a revision first): a copy is
				// a
				// draft
				open("/plans/1");
				browser().findElement(By.xpath("//button[normalize-space()='Sao chép sang năm sau']")).click();
				wait(browser()).until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/plans/1"))));
				open(browser().getCurrentUrl().replaceAll(".*(/plans/\\d+).*", "$1") + "/tasks/new");
				type(browser(), "title", "");
				new Select(browser().findElement(By.id("kind"))).selectByValue("ONE_OFF");
				browser().findElement(By.cssSelector("main form.form")).submit();
				waitFor(By.cssSelector("[data-error-summary]"));
				shoot(folder.resolve("task-form" + suffix));
				browser().findElement(By.cssSelector("[data-error-summary] a[href='#deadline']")).click();
				shoot(folder.resolve("task-form-deadline" + suffix));
				signIn("admin", DEMO_PASSWORD);
				open("/index/editions/2019?block=DEPARTMENT");
				type(browser(), "weight_C2", "nhiều");
				browser().findElement(By.id("definition-form")).submit();
				waitFor(By.cssSelector("[data-error-summary]"));
				browser().findElement(By.cssSelector("[data-error-summary] a[href='#weight_C2']")).click();
				shoot(folder.resolve("definition-weight" + suffix));
				signIn("qldd", DEMO_PASSWORD);
				open("/account");
				type(browser(), "newPassword", "ngan");
				type(browser(), "confirmation", "khac");
				browser().findElement(By.cssSelector("form[action='/account/password']")).submit();
				waitFor(By.cssSelector("[data-error-summary]"));
				shoot(folder.resolve("account-password" + suffix));
				assertThat(browser().findElement(By.id("newPassword-error")).isDisplayed()).isTrue();
			}
		}
		finally {
			browser().manage().window().setSize(new Dimension(1366, 900));
		}
		assertThat(folder.resolve("task-form-390x844.png")).exists();
	}

	private void signIn(WebDriver driver, String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".who")));
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private static Object script(WebDriver driver, String code) {
		return ((JavascriptExecutor) driver).executeScript(code);
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	private void shoot(Path file) throws IOException {
		Files.write(file, ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
	}

}
