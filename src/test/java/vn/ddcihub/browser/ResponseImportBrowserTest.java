package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADMIN imports a response file into a questionnaire of 2050 (no other test uses it):
 * first a file with mistakes, whose preview lists each at its row and column and saves
 * nothing, then the corrected file, previewed per unit and confirmed; the responses page
 * lists the import and the responses per unit.
 */
class ResponseImportBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminUploadsPreviewsAndConfirmsAResponseFile() throws IOException {
		long id = questionnaire();
		Path bad = file("phieu-loi.csv", "ma_phieu,don_vi,t_likert,t_ngay\nP1,STNMT,4,3\nP2,SXX,7,3\n");
		Path good = file("phieu.csv", "ma_phieu,don_vi,t_likert,t_ngay\nP1,STNMT,4,3\nP2,SXD,5,12\nP3,STNMT,2,\n");

		signIn("admin", DEMO_PASSWORD);
		open("/survey/questionnaires/" + id);
		waitFor(By.id("responses-link")).click();
		waitFor(By.id("import-link")).click();
		waitFor(By.id("file")).sendKeys(bad.toString());
		browser().findElement(By.id("upload-responses")).click();

		assertThat(waitFor(By.id("preview-errors")).getText()).contains("Tệp có 2 lỗi");
		assertThat(browser().findElement(By.id("errors")).getText()).contains("3 don_vi", "SXX", "3 t_likert", "“7”");
		assertThat(browser().findElements(By.id("confirm-import"))).isEmpty();
		assertThat(stored(id)).isZero();

		browser().findElement(By.id("upload-again")).click();
		waitFor(By.id("file")).sendKeys(good.toString());
		browser().findElement(By.id("upload-responses")).click();
		assertThat(waitFor(By.id("preview-ready")).getText()).contains("3 phiếu");
		assertThat(browser().findElement(By.id("preview-units")).getText()).contains("Sở Xây dựng (SXD) 1 0");
		assertThat(stored(id)).isZero();
		browser().findElement(By.id("confirm-import")).click();

		assertThat(waitFor(By.id("imported")).getText()).contains("Đã lưu");
		assertThat(browser().findElement(By.id("batches")).getText()).contains("phieu.csv", "Bảng tính", "3");
		assertThat(browser().findElement(By.id("responses-by-unit")).getText()).contains("(STNMT) 2", "(SXD) 1");
		assertThat(stored(id)).isEqualTo(3);
	}

	private long questionnaire() {
		long id = jdbc.sql("""
				insert into survey_questionnaire (year, block, title, version)
				values (2050, 'DEPARTMENT', 'Khảo sát thử 2050', '1') returning id""").query(Long.class).single();
		jdbc.sql("""
				insert into survey_question (questionnaire_id, name, label, type, choice_list, required, sort_order)
				values (?, 't_likert', 'Thủ tục được niêm yết rõ ràng', 'LIKERT_5', 'likert', true, 1),
				       (?, 't_ngay', 'Số ngày chờ kết quả', 'DAYS', null, false, 2)""").params(id, id).update();
		for (int i = 1; i <= 5; i++) {
			jdbc.sql("insert into survey_choice (questionnaire_id, list_name, name, label, sort_order) "
					+ "values (?, 'likert', ?, ?, ?)")
				.params(id, String.valueOf(i), "Mức " + i, i)
				.update();
		}
		return id;
	}

	private long stored(long id) {
		return jdbc.sql("select count(*) from survey_response where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private static Path file(String name, String text) throws IOException {
		Path dir = Files.createTempDirectory("responses");
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
