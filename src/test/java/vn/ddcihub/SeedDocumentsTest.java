package vn.ddcihub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.shared.VietnameseFormat;

/**
 * The seed's documents as people download them. Each is also written to
 * {@code target/document-samples/} so a change of layout can be looked at
 * (docs/documents.md).
 */
class SeedDocumentsTest extends IntegrationTest {

	private static final Path SAMPLES = Path.of("target/document-samples");

	@Autowired
	JsonMapper json;

	@Test
	void leagueTotalsReadTheSameOnThePageInThePdfAndInTheSpreadsheet() throws Exception {
		JsonNode units = json.readTree(download("/api/v1/editions/2019/results", null)).get("units");
		String page = new String(download("/index?year=2019", null), java.nio.charset.StandardCharsets.UTF_8);
		String pdf = pdfText(download("/index/2019/league.pdf", "league.pdf"));
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(download("/index/2019/league.xlsx", "league.xlsx")))) {
			Sheet sheet = book.getSheetAt(0);
			Row header = sheet.getRow(1);
			int totalColumn = 0;
			while (!"Tổng hợp".equals(header.getCell(totalColumn).getStringCellValue())) {
				totalColumn++;
			}
			DataFormatter vietnameseExcel = new DataFormatter(Locale.forLanguageTag("vi-VN"));
			assertThat(units.size()).isGreaterThan(20);
			for (int i = 0; i < units.size(); i++) {
				String shown = VietnameseFormat.decimal(units.get(i).get("total").asDouble());
				Cell total = sheet.getRow(2 + i).getCell(totalColumn);
				assertThat(page).as("page").contains(">" + shown);
				assertThat(pdf).as("PDF").contains(shown);
				assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
				assertThat(vietnameseExcel.formatCellValue(total)).as("spreadsheet").isEqualTo(shown);
			}
		}
		assertThat(pdf).contains("DDCI 2019", "Dữ liệu minh họa");
	}

	@Test
	void planInWordAndPdfHasTheSameDecree30PartsAndNumberedPages() throws Exception {
		long plan = jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT'").query(Long.class).single();
		byte[] docx = download("/api/v1/plans/" + plan + "/document?format=docx", "plan.docx");
		String pdf = pdfText(download("/api/v1/plans/" + plan + "/document?format=pdf", "plan.pdf"));
		List<String> parts = List.of("UBND TỈNH LẠNG SƠN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 60/KH-STNMT",
				"Lạng Sơn, ngày 11 tháng 6 năm 2020", "KẾ HOẠCH", "đạt trên 7,80 điểm", "Nơi nhận:", "- Lưu VT",
				"GIÁM ĐỐC", "Bùi Văn Côi", "PHÂN CÔNG NHIỆM VỤ", "ngày 11/06/2020");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains(parts);
			assertThat(word.getHeaderList().stream().map(XWPFHeader::getText)).as("one header numbers the pages")
				.anyMatch(text -> text.contains("2"));
			assertThat(word.getParagraphs()
				.stream()
				.filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
				.findFirst()
				.orElseThrow()
				.getCTP()
				.getPPr()
				.getSectPr()
				.isSetTitlePg()).as("the first page carries no number").isTrue();
		}
		assertThat(pdf).contains(parts);
		String[] pages = pdf.split("\f");
		assertThat(pages[0]).as("the first page carries no number").doesNotContainPattern("(?m)^\\s*1\\s*$");
		assertThat(pages[1]).as("page 2 is numbered").containsPattern("(?m)^\\s*2\\s*$");
		download("/api/v1/plans/" + plan + "/annex?format=docx", "annex.docx");
		download("/api/v1/plans/" + plan + "/annex?format=xlsx", "annex.xlsx");
		download("/index/2019/units/STNMT/profile.pdf", "profile.pdf");
		download("/index/2019/units/STNMT/profile.xlsx", "profile.xlsx");
	}

	/**
	 * The body of a GET as the leader; kept under {@code target/document-samples/} when a
	 * file name is given.
	 */
	private byte[] download(String url, String sample) throws Exception {
		byte[] body = mockMvc.perform(get(url).with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		if (sample != null) {
			Files.createDirectories(SAMPLES);
			Files.write(SAMPLES.resolve(sample), body);
		}
		return body;
	}

	/** The text of every page, pages separated by form feeds. */
	private static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(page > 1 ? "\f" : "")
					.append(new PdfTextExtractor(reader).getTextFromPage(page))
					.append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
