package vn.ddcihub.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.ddcihub.documents.xlsx.XlsxRenderer;

class XlsxRendererTest {

	@Test
	void oneDataRowPerTableRowUnderAFrozenBoldHeader() throws IOException {
		int rows = 17;
		TableContent table = SamplePlan.annex(rows);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().render(table)))) {
			Sheet sheet = workbook.getSheetAt(0);
			int header = XlsxRenderer.headerRowIndex(table);
			assertThat(sheet.getLastRowNum() - header).isEqualTo(rows);
			Row headerRow = sheet.getRow(header);
			assertThat(headerRow.getCell(1).getStringCellValue()).isEqualTo("Chỉ số thành phần");
			assertThat(workbook.getFontAt(headerRow.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
			Row first = sheet.getRow(header + 1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(5.5);
			assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(first.getCell(3).getCellStyle().getWrapText()).isTrue();
			assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2020, 12, 15));
			assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
		}
	}

	@Test
	void severalTablesBecomeSeveralUniquelyNamedSheets() throws IOException {
		TableContent untitled = TableContent.ofStrings("", List.of("A", "B"), List.of(List.of("x", "y")), null, false);
		byte[] bytes = new XlsxRenderer().render(List.of(SamplePlan.annex(2), SamplePlan.annex(3), untitled));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetName(0)).isNotEqualTo(workbook.getSheetName(1));
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
		}
	}

}
