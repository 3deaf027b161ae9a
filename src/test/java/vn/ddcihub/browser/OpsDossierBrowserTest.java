package vn.ddcihub.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator imports a one-stop-shop export in the browser: upload, the preview with
 * the guessed mapping, confirm, the job's page until it has finished (the page polls),
 * then the analytics of that year.
 */
class OpsDossierBrowserTest extends BrowserTest {

	@Test
	void uploadPreviewConfirmThenTheAnalyticsShowTheImportedYear() throws Exception {
		Path file = Files.createTempFile("ho-so-2018", ".csv");
		StringBuilder csv = new StringBuilder("Mã hồ sơ,Thủ tục,Lĩnh vực,Đơn vị xử lý,Kênh tiếp nhận,Ngày tiếp nhận,"
				+ "Ngày hẹn trả,Ngày trả kết quả,Phiếu xin lỗi\n");
		for (int i = 1; i <= 40; i++) {
			// 30 on time, 10 late (five with an apology slip)
			String returned = i <= 30 ? "10/05/2018 15:00" : "14/05/2018 09:00";
			String apology = i <= 30 ? "" : i % 2 == 0 ? "có" : "không";
			csv.append("BR-2018-")
				.append(i)
				.append(",Cấp đổi Giấy chứng nhận,Đất đai,Văn phòng Đăng ký đất đai,")
				.append(i % 4 == 0 ? "Trực tuyến" : "Trực tiếp")
				.append(",02/05/2018 08:00,10/05/2018,")
				.append(returned)
				.append(',')
				.append(apology)
				.append('\n');
		}
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		signIn("vanphong", DEMO_PASSWORD);
		open("/operations/dossiers/imports");
		waitFor(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser().findElement(By.cssSelector("#dossier-upload button[type=submit]")).click();
		assertThat(waitFor(By.id("preview-ok")).getText()).contains("40");
		assertThat(browser().findElement(By.cssSelector("#map-PROCEDURE_NAME option[selected]")).getText())
			.isEqualTo("Thủ tục");
		browser().findElement(By.id("confirm-import")).click();
		new WebDriverWait(browser(), Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
		assertThat(browser().findElement(By.id("import-done")).getText()).contains("40");

		browser().findElement(By.linkText("Xem phân tích")).click();
		waitFor(By.id("dossier-filters"));
		open("/operations/dossiers?from=2018-05&to=2018-05&by=CHANNEL");
		assertThat(waitFor(By.id("on-time-766")).getText()).isEqualTo("75,0 %");
		assertThat(browser().findElements(By.cssSelector("#late-list tbody tr"))).hasSize(10);
	}

}
