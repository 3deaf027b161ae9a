package vn.ddcihub.documents.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ddcihub.documents.TableContent;
import vn.ddcihub.documents.layout.AdministrativeLayout;
import vn.ddcihub.documents.layout.BundledFonts;
import vn.ddcihub.documents.layout.TableStyle;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Renders tables to an Excel workbook, one sheet per table: an optional title row, a bold
 * shaded frozen header row, wrapped text, dates as {@code dd/mm/yyyy} and numbers kept
 * numeric. A number is stored as shown in Word, PDF and on pages (rounded half-up by
 * {@link VietnameseFormat}) with the matching format ({@code #,##0.00}, or {@code #,##0}
 * for whole numbers; Excel shows the reader's separators), so no spreadsheet's own
 * rounding can make it read differently. Type and shading follow the documents' table
 * style; printing fits a sheet to the page width.
 */
public final class XlsxRenderer {

	private static final TableStyle STYLE = AdministrativeLayout.TABLE;

	private static final int TOTAL_WIDTH_CHARS_PORTRAIT = 100;

	private static final int TOTAL_WIDTH_CHARS_LANDSCAPE = 160;

	/** One table on one sheet. */
	public byte[] render(TableContent table) {
		return render(List.of(table));
	}

	/** Several tables, one sheet each, named after their titles. */
	public byte[] render(List<TableContent> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Set<String> names = new HashSet<>();
			for (TableContent table : tables) {
				sheet(workbook, styles, table,
						uniqueName(table.sheetName().isBlank() ? table.title() : table.sheetName(), names));
			}
			if (tables.isEmpty()) {
				workbook.createSheet("Sheet1");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Index of the header row on a sheet made from {@code table}; data rows follow it.
	 */
	public static int headerRowIndex(TableContent table) {
		return table.title().isBlank() ? 0 : 1;
	}

	private static void sheet(Workbook workbook, Styles styles, TableContent table, String name) {
		Sheet sheet = workbook.createSheet(name);
		int columns = table.headers().size();
		int headerIndex = headerRowIndex(table);
		if (headerIndex == 1) {
			List<String> lines = java.util.stream.Stream.of(table.mark(), table.label(), table.title(), table.note())
				.filter(line -> !line.isBlank())
				.toList();
			Row titleRow = sheet.createRow(0);
			Cell title = titleRow.createCell(0);
			title.setCellValue(String.join("\n", lines));
			title.setCellStyle(styles.title);
			// Merged cells do not grow with their text: as many lines as the title has.
			long lineCount = lines.stream().mapToLong(line -> line.split("\n", -1).length).sum();
			titleRow.setHeightInPoints((float) (lineCount * STYLE.title().size() * 1.35 + 4));
			if (columns > 1) {
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
			}
		}
		Row header = sheet.createRow(headerIndex);
		for (int c = 0; c < columns; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(table.headers().get(c));
			cell.setCellStyle(styles.header);
		}
		int r = headerIndex + 1;
		for (int i = 0; i < table.rows().size(); i++) {
			String group = table.groupBefore(i);
			if (group != null) {
				Row heading = sheet.createRow(r);
				for (int c = 0; c < columns; c++) {
					heading.createCell(c).setCellStyle(styles.group);
				}
				heading.getCell(0).setCellValue(group);
				if (columns > 1) {
					sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
				}
				r++;
			}
			List<Object> values = table.rows().get(i);
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns; c++) {
				write(row.createCell(c), values.get(c), styles);
			}
		}
		sheet.createFreezePane(0, headerIndex + 1);
		if (!table.rows().isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(headerIndex, r - 1, 0, columns - 1));
		}
		margins(sheet);
		if (!table.mark().isBlank()) {
			sheet.getHeader().setRight(table.mark());
		}
		widths(sheet, table);
		fitRowHeights(sheet, headerIndex, headerIndex + table.rows().size() + table.groups().size(), columns);
		sheet.getPrintSetup().setLandscape(table.landscape());
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		// As wide as the paper, as many pages long as needed.
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
	}

	/**
	 * Rows as tall as their wrapped text: spreadsheets other than Excel do not grow a row
	 * written without a height, so long tasks would overlap the next row. The lines are
	 * estimated from the column width (an average character of the table's font is about
	 * 5/6 of a width unit).
	 */
	private static void fitRowHeights(Sheet sheet, int firstRow, int lastRow, int columns) {
		double lineHeight = STYLE.cell().size() * 1.25;
		for (int r = firstRow; r <= lastRow; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			int lines = 1;
			for (int c = 0; c < columns; c++) {
				Cell cell = row.getCell(c);
				if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
					continue;
				}
				int width = 0;
				for (int m = c; m < columns && (m == c || merged(sheet, r, c, m)); m++) {
					width += sheet.getColumnWidth(m);
				}
				double perLine = Math.max(1, width / 256.0 * 1.2 - 1);
				int cellLines = 0;
				for (String line : cell.getStringCellValue().split("\n", -1)) {
					cellLines += Math.max(1, (int) Math.ceil(line.length() / perLine));
				}
				lines = Math.max(lines, cellLines);
			}
			row.setHeightInPoints((float) (lines * lineHeight + 4));
		}
	}

	private static boolean merged(Sheet sheet, int row, int first, int column) {
		return sheet.getMergedRegions()
			.stream()
			.anyMatch(region -> region.getFirstRow() == row && region.getFirstColumn() == first
					&& region.getLastColumn() >= column);
	}

	/**
	 * Print margins as the documents' pages have them (top and bottom 20 mm, left 30 mm,
	 * right 15 mm).
	 */
	private static void margins(Sheet sheet) {
		var page = AdministrativeLayout.PAGE;
		sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, inches(page.topMm()));
		sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, inches(page.bottomMm()));
		sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, inches(page.leftMm()));
		sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, inches(page.rightMm()));
		sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER, inches(page.headerDistanceMm()));
		sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER, inches(page.headerDistanceMm()));
	}

	private static double inches(double mm) {
		return mm / 25.4;
	}

	private static void write(Cell cell, Object value, Styles styles) {
		if (value instanceof Number number) {
			int digits = VietnameseFormat.fractionDigits(number);
			cell.setCellValue(VietnameseFormat.rounded(number, digits).doubleValue());
			cell.setCellStyle(digits == 0 ? styles.integer : styles.decimal);
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else {
			cell.setCellValue(value == null ? "" : value.toString());
			cell.setCellStyle(styles.text);
		}
	}

	private static void widths(Sheet sheet, TableContent table) {
		int total = table.landscape() ? TOTAL_WIDTH_CHARS_LANDSCAPE : TOTAL_WIDTH_CHARS_PORTRAIT;
		if (table.widthRatios().isEmpty()) {
			for (int c = 0; c < table.headers().size(); c++) {
				sheet.autoSizeColumn(c);
				int cap = 60 * 256;
				sheet.setColumnWidth(c, Math.min(cap, Math.max(10 * 256, sheet.getColumnWidth(c) + 512)));
			}
			return;
		}
		double[] fractions = table.columnFractions();
		for (int c = 0; c < fractions.length; c++) {
			sheet.setColumnWidth(c, (int) Math.max(6 * 256, Math.round(fractions[c] * total * 256)));
		}
	}

	private static String uniqueName(String title, Set<String> used) {
		String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Bang" : title);
		String name = base;
		for (int i = 2; !used.add(name.toLowerCase()); i++) {
			String suffix = " (" + i + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	/** Cell styles shared by all sheets of one workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle decimal;

		final CellStyle integer;

		final CellStyle date;

		final CellStyle group;

		Styles(XSSFWorkbook workbook) {
			Font plain = font(workbook, false, STYLE.cell().size());
			Font bold = font(workbook, true, STYLE.header().size());
			title = workbook.createCellStyle();
			title.setFont(font(workbook, true, STYLE.title().size()));
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			title.setWrapText(true);
			group = bordered(workbook, bold);
			header = bordered(workbook, bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			((XSSFCellStyle) header)
				.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(STYLE.headerShade()), null));
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = bordered(workbook, plain);
			decimal = bordered(workbook, plain);
			decimal.setDataFormat(workbook.createDataFormat()
				.getFormat(VietnameseFormat.spreadsheetPattern(VietnameseFormat.DECIMALS)));
			integer = bordered(workbook, plain);
			integer.setDataFormat(workbook.createDataFormat().getFormat(VietnameseFormat.spreadsheetPattern(0)));
			date = bordered(workbook, plain);
			date.setDataFormat(workbook.createDataFormat().getFormat(VietnameseFormat.spreadsheetDatePattern()));
			date.setAlignment(HorizontalAlignment.CENTER);
		}

		private static Font font(Workbook workbook, boolean bold, double size) {
			Font font = workbook.createFont();
			font.setFontName(BundledFonts.FAMILY);
			font.setFontHeightInPoints((short) Math.round(size));
			font.setBold(bold);
			return font;
		}

		private static CellStyle bordered(Workbook workbook, Font font) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setWrapText(true);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
