package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ddcihub.execution.ExecutionFixtures;
import vn.ddcihub.execution.domain.UnitReports;

/**
 * The check in a browser: the land unit (qldd) drafts its report, attaches a PDF
 * and submits; the Office (vanphong) returns it with a comment; the unit sees the comment
 * and resubmits; the Office accepts, and the page is read-only from then on. Periods of
 * 2039, a year only these tests use.
 */
class UnitReportBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitReports reports;

	@Test
	void theUnitDraftsAttachesAndSubmitsTheOfficeReturnsThenAccepts() throws Exception {
		browser().manage().window().setSize(new Dimension(1366, 900));
		long id = newReport(1);
		long task = leadTask(id);
		Path pdf = Files.createTempFile("bien-ban", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% bien ban kiem tra 2039\n%%EOF\n", StandardCharsets.US_ASCII);

		signIn("qldd", DEMO_PASSWORD);
		open("/reports/" + id);
		new Select(waitFor(By.id("status_" + task))).selectByValue("IN_PROGRESS");
		type("progress_" + task, "50");
		type("results_" + task, "Đã rà soát 120 hồ sơ cấp giấy chứng nhận");
		type("figureLabel_" + task + "_0", "Hồ sơ trả quá hạn");
		type("figureValue_" + task + "_0", "3");
		browser().findElement(By.id("files_" + task)).sendKeys(pdf.toString());
		click("save-report");
		assertThat(waitFor(By.id("report-notice")).getText()).contains("Đã lưu nháp");
		assertThat(browser().findElement(By.id("task-" + task)).getText()).contains(pdf.getFileName().toString());
		click("submit-report");
		assertThat(waitFor(By.id("report-notice")).getText()).contains("Đã gửi báo cáo");
		assertThat(text("report-status")).isEqualTo("Đã gửi");

		signIn("vanphong", DEMO_PASSWORD);
		open("/reports/" + id);
		waitFor(By.id("comment")).sendKeys("Bổ sung số hồ sơ giải quyết đúng hạn");
		click("return-report");
		assertThat(waitFor(By.id("report-notice")).getText()).contains("Đã trả lại");

		signIn("qldd", DEMO_PASSWORD);
		open("/reports/" + id);
		assertThat(waitFor(By.id("review-comment")).getText()).contains("Văn phòng đã trả lại báo cáo",
				"Bổ sung số hồ sơ giải quyết đúng hạn");
		type("figureLabel_" + task + "_1", "Hồ sơ giải quyết đúng hạn");
		type("figureValue_" + task + "_1", "117");
		click("submit-report");
		assertThat(waitFor(By.id("report-notice")).getText()).contains("Đã gửi báo cáo");

		signIn("vanphong", DEMO_PASSWORD);
		open("/reports/" + id);
		click("accept-report");
		assertThat(waitFor(By.id("report-notice")).getText()).contains("Đã chấp nhận");

		signIn("qldd", DEMO_PASSWORD);
		open("/reports/" + id);
		assertThat(waitFor(By.id("review-comment")).getText()).contains("Báo cáo đã được chấp nhận");
		assertThat(browser().findElements(By.id("report-form"))).isEmpty();
		assertThat(text("task-" + task)).contains("Hồ sơ giải quyết đúng hạn: 117");
		assertThat(browser().findElements(By.cssSelector("#report-timeline li"))).hasSize(5);

		browser().manage().window().setSize(new Dimension(390, 844));
		open("/reports/" + id);
		waitFor(By.tagName("h1"));
		Number pageWidth = (Number) ((JavascriptExecutor) browser())
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(pageWidth.intValue()).isLessThanOrEqualTo(390);
		browser().manage().window().setSize(new Dimension(1366, 900));
	}

	@Test
	void anExplanationIsAskedForAndAnOversizedFileIsNamedBeforeItIsSent() throws Exception {
		browser().manage().window().setSize(new Dimension(1366, 900));
		long id = newReport(2);
		long task = leadTask(id);
		Path big = Files.createTempFile("ban-do-50MB", ".pdf");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			// sparse: 50 MB on paper, nothing on disk
			file.setLength(50L * 1024 * 1024);
		}

		signIn("qldd", DEMO_PASSWORD);
		open("/reports/" + id);
		new Select(waitFor(By.id("status_" + task))).selectByValue("BEHIND");
		type("results_" + task, "Chưa bàn giao được dữ liệu");
		browser().findElement(By.id("files_" + task)).sendKeys(big.toString());
		assertThat(waitFor(By.cssSelector("#task-" + task + " .client-check")).getText())
			.contains(big.getFileName().toString(), "vượt giới hạn 20 MB");
		click("submit-report");
		WebElement summary = waitFor(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("cần giải trình vì tình trạng là Chậm tiến độ");
		assertThat(browser().findElement(By.id("explanation_" + task + "-error")).isDisplayed()).isTrue();
		assertThat(browser().findElement(By.id("results_" + task)).getAttribute("value"))
			.isEqualTo("Chưa bàn giao được dữ liệu");
		type("explanation_" + task, "Chờ Trung tâm CNTT nâng cấp máy chủ");
		click("submit-report");
		assertThat(waitFor(By.id("report-notice")).getText()).contains("Đã gửi báo cáo");
		Files.deleteIfExists(big);
	}

	private long newReport(int month) {
		ExecutionFixtures fixtures = new ExecutionFixtures(jdbc);
		long line = fixtures.monthlyLine(fixtures.seedPlanId(), 2039, 25);
		long period = fixtures.monthlyPeriod(line, 2039, month, 25);
		return reports.start(period, fixtures.unitId("STNMT", "QLDD")).reportId();
	}

	private long leadTask(long reportId) {
		return jdbc
			.sql("select task_id from execution_task_entry where report_id = ? and role = 'LEAD' order by id limit 1")
			.param(reportId)
			.query(Long.class)
			.single();
	}

	private void type(String id, String text) {
		WebElement input = browser().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void click(String id) {
		// the page may still be arriving (a redirect after signing in): wait for the
		// button
		WebElement button = waitFor(By.id(id));
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		button.click();
	}

	private String text(String id) {
		return browser().findElement(By.id(id)).getText();
	}

}
