package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Block;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.Signature;
import vn.ddcihub.documents.TableContent;

/**
 * A figure reads the same on a page, in Word, in PDF and in Excel: half-up on the decimal
 * value (6.125 → 6,13, where binary floating point with half-even gives 6,12), decimal
 * comma, dots for thousands; and a spreadsheet cell holds the figure as shown, with a
 * format that shows it so.
 */
class FiguresReadTheSameEverywhereTest {

	/** The figure and what every output must show for it. */
	private record Figure(Number value, String shown) {
	}

	private static final List<Figure> FIGURES = List.of(new Figure(6.125, "6,13"), new Figure(0.005, "0,01"),
			new Figure(0.015, "0,02"), new Figure(2.675, "2,68"), new Figure(55.01, "55,01"),
			new Figure(70.25, "70,25"), new Figure(-6.125, "-6,13"), new Figure(-0.004, "0,00"),
			new Figure(1234.5, "1.234,50"), new Figure(1234567.891, "1.234.567,89"), new Figure(12345, "12.345"),
			new Figure(7, "7"));

	private static final LocalDate DAY = LocalDate.of(2020, 6, 11);

	private final DocumentRenderers renderers = new DocumentRenderers("");

	@Test
	void pagesShowTheExpectedFigures() {
		Page vietnamese = page(Locale.forLanguageTag("vi"));
		for (Figure figure : FIGURES) {
			assertThat(pageText(vietnamese, figure.value())).as("page, %s", figure.value()).isEqualTo(figure.shown());
		}
		assertThat(vietnamese.date(DAY)).isEqualTo("11/06/2020");
		Page english = page(Locale.ENGLISH);
		assertThat(english.score(6.125)).isEqualTo("6.13");
		assertThat(english.score(1234.5)).isEqualTo("1,234.50");
		assertThat(english.change(-0.004)).isEqualTo("0.00");
		assertThat(vietnamese.change(-6.125)).isEqualTo("−6,13");
	}

	@Test
	void wordTableCellsShowWhatThePageShows() throws IOException {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(renderers.docx(document())))) {
			XWPFTable table = word.getTables()
				.stream()
				.filter(t -> t.getRows().size() == FIGURES.size() + 2)
				.findFirst()
				.orElseThrow();
			Page page = page(Locale.forLanguageTag("vi"));
			for (int i = 0; i < FIGURES.size(); i++) {
				assertThat(table.getRow(i + 1).getCell(1).getText()).as("Word, %s", FIGURES.get(i).value())
					.isEqualTo(pageText(page, FIGURES.get(i).value()));
			}
			assertThat(table.getRow(FIGURES.size() + 1).getCell(1).getText()).isEqualTo(page.date(DAY));
		}
	}

	@Test
	void pdfShowsWhatThePageShows() throws IOException {
		PdfReader reader = new PdfReader(renderers.pdf(document()));
		try {
			StringBuilder text = new StringBuilder();
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
			}
			Page page = page(Locale.forLanguageTag("vi"));
			for (int i = 0; i < FIGURES.size(); i++) {
				assertThat(text).as("PDF, %s", FIGURES.get(i).value())
					.containsPattern("(?m)^\\s*" + label(i) + "\\s*"
							+ Pattern.quote(pageText(page, FIGURES.get(i).value())) + "\\s*$");
			}
			assertThat(text).containsPattern("(?m)^\\s*Ngày\\s*" + page.date(DAY) + "\\s*$")
				.doesNotContain("6,12", "-0,00");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void spreadsheetCellsHoldTheShownFigureWithAFormatThatShowsIt() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(renderers.xlsx(List.of(table()))))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter vietnameseExcel = new DataFormatter(Locale.forLanguageTag("vi-VN"));
			Page page = page(Locale.forLanguageTag("vi"));
			for (int i = 0; i < FIGURES.size(); i++) {
				Figure figure = FIGURES.get(i);
				Cell cell = sheet.getRow(i + 1).getCell(1);
				boolean whole = figure.value() instanceof Integer;
				assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(whole ? "#,##0" : "#,##0.00");
				assertThat(cell.getNumericCellValue()).as("Excel value, %s", figure.value())
					.isEqualTo(Double.parseDouble(figure.shown().replace(".", "").replace(',', '.')));
				assertThat(vietnameseExcel.formatCellValue(cell)).as("Excel shows, %s", figure.value())
					.isEqualTo(pageText(page, figure.value()));
			}
			Cell date = sheet.getRow(FIGURES.size() + 1).getCell(1);
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(vietnameseExcel.formatCellValue(date)).isEqualTo(page.date(DAY));
		}
	}

	/**
	 * What a page template shows for a value: scores with two decimals, counts without.
	 */
	private static String pageText(Page page, Number value) {
		return value instanceof Integer ? page.number(value, 0) : page.score(value.doubleValue());
	}

	private static String label(int index) {
		return "Hàng " + (index + 1) + ":";
	}

	private static TableContent table() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < FIGURES.size(); i++) {
			rows.add(List.of(label(i), FIGURES.get(i).value()));
		}
		rows.add(List.of("Ngày", DAY));
		return new TableContent("", List.of("Dòng", "Giá trị"), rows, List.of(3.0, 2.0), false);
	}

	private static AdministrativeDocument document() {
		return new AdministrativeDocument("UBND TỈNH LẠNG SƠN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "1/BC-STNMT", "Lạng Sơn",
				DAY, "BÁO CÁO", "Số liệu", List.of(), List.of(Block.table(table())), List.of("Lưu VT."),
				Signature.head("GIÁM ĐỐC", "Bùi Văn Côi"), List.of());
	}

	private static Page page(Locale locale) {
		return new Page(null, locale, "/", null, null, List.of(), "_csrf", "", null);
	}

}
