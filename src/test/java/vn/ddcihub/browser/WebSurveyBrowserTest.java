package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.SurveyCodes;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * A business, on a phone, follows the link of its SMS with the code, answers about the
 * two units it dealt with — told beside the field when a number of days is not a number —
 * and submits; the page never scrolls sideways.
 */
class WebSurveyBrowserTest extends BrowserTest {

	@Autowired
	XlsForms xlsForms;

	@Autowired
	Samples samples;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBusinessAnswersAboutEachUnitOnAPhoneAndSubmitsOnce() throws Exception {
		long id = questionnaireWithCodes(2081);
		String code = jdbc.sql("select code_plain from survey_sample where questionnaire_id = ? and tax_code = ?")
			.params(id, "0109876543001")
			.query(String.class)
			.single();
		browser().manage().window().setSize(new Dimension(390, 844));
		try {
			open("/cong-khai/khao-sat?ma=" + SurveyCodes.grouped(code).toLowerCase());
			assertThat(waitFor(By.id("code")).getAttribute("value")).isEqualToIgnoringCase(SurveyCodes.grouped(code));
			noSidewaysScrolling();
			browser().findElement(By.cssSelector("#survey-code button[type=submit]")).click();

			assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Ý kiến về Sở Tài nguyên và Môi trường");
			noSidewaysScrolling();
			browser().findElement(By.cssSelector("input[name='q.q1'][value='4']")).click();
			// q3 ("days waited") is asked only when q2 is "no": hidden until then
			assertThat(browser().findElement(By.id("q-q3")).isDisplayed()).isFalse();
			browser().findElement(By.cssSelector("input[name='q.q2'][value='yes']")).click();
			browser().findElement(By.cssSelector("input[name='q.q2'][value='no']")).click();
			new WebDriverWait(browser(), Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("q-q3")));
			browser().findElement(By.id("q-q3")).sendKeys("mười hai");
			browser().findElement(By.cssSelector("input[name='q.q4'][value='web']")).click();
			browser().findElement(By.cssSelector("input[name='q.q5'][value='5']")).click();
			browser().findElement(By.cssSelector("button[value=next]")).click();

			assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("q3");
			browser().findElement(By.cssSelector(".error-summary a[href='#q-q3']")).click();
			assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("q-q3");
			assertThat(browser().findElement(By.cssSelector("input[name='q.q1'][value='4']")).isSelected()).isTrue();
			browser().findElement(By.id("q-q3")).clear();
			browser().findElement(By.id("q-q3")).sendKeys("12");
			browser().findElement(By.cssSelector("button[value=next]")).click();

			// the next page replaces this one: wait for its heading, not for an element
			// both pages have
			new WebDriverWait(browser(), Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ý kiến về Sở Xây dựng"));
			assertThat(browser().findElement(By.id("progress")).getText()).isEqualTo("Phần 2/2");
			browser().findElement(By.cssSelector("input[name='q.q1'][value='3']")).click();
			browser().findElement(By.cssSelector("input[name='q.q2'][value='yes']")).click();
			browser().findElement(By.cssSelector("input[name='q.q5'][value='3']")).click();
			browser().findElement(By.cssSelector("button[value=submit]")).click();

			assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Cảm ơn doanh nghiệp đã trả lời khảo sát");
			noSidewaysScrolling();
		}
		finally {
			browser().manage().window().setSize(new Dimension(1366, 900));
		}
		assertThat(jdbc.sql("select unit_code from survey_response where questionnaire_id = ? order by unit_code")
			.param(id)
			.query(String.class)
			.list()).containsExactly("STNMT", "SXD");
	}

	private void noSidewaysScrolling() {
		Number overflow = (Number) ((JavascriptExecutor) browser())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
	}

	private long questionnaireWithCodes(int year) throws Exception {
		byte[] form = vn.ddcihub.survey.SurveyTestForms.koboForm();
		long id = xlsForms.importFile(year, Block.DEPARTMENT, "kobo.xlsx", form.length, new ByteArrayResource(form))
			.id();
		byte[] sample = """
				Tên doanh nghiệp;Mã số thuế;E-mail;Đơn vị đã làm việc
				Công ty CP Đông Bắc;0109876543-001;lienhe@dongbac.vn;STNMT, Sở Xây dựng
				""".getBytes(StandardCharsets.UTF_8);
		samples.importFile(id, "mau.csv", sample.length, new ByteArrayResource(sample));
		jdbc.sql(
				"update survey_questionnaire set survey_opens_on = current_date - 2, survey_closes_on = current_date + 30 "
						+ "where id = ?")
			.param(id)
			.update();
		samples.issueCodes(id);
		return id;
	}

}
