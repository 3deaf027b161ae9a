package vn.ddcihub.operations.dossier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ddcihub.operations.dossier.AnalyticsRow;
import vn.ddcihub.shared.CsvCells;

/**
 * The analytics table as it is downloaded (CSV or XLSX): the same columns as the page,
 * rates rounded to one decimal, then the total.
 */
final class AnalyticsTable {

	private AnalyticsTable() {
	}

	static List<String> header(String dimension, Function<String, String> text) {
		return List.of(dimension, text.apply("dossiers.col.total"), text.apply("dossiers.col.early"),
				text.apply("dossiers.col.onTime"), text.apply("dossiers.col.late"),
				text.apply("dossiers.col.openOverdue"), text.apply("dossiers.col.openInTime"),
				text.apply("dossiers.col.onTimeRate"), text.apply("dossiers.col.onlineShare"),
				text.apply("dossiers.col.averageDays"), text.apply("dossiers.col.apologySlips"));
	}

	static List<List<Object>> rows(List<AnalyticsRow> rows, AnalyticsRow total, String totalLabel,
			Function<AnalyticsRow, String> label) {
		List<List<Object>> out = new ArrayList<>();
		rows.forEach(row -> out.add(cells(label.apply(row), row)));
		out.add(cells(totalLabel, total));
		return out;
	}

	private static List<Object> cells(String label, AnalyticsRow row) {
		List<Object> cells = new ArrayList<>();
		cells.add(label);
		cells.add(row.total());
		cells.add(row.early());
		cells.add(row.onTime());
		cells.add(row.late());
		cells.add(row.openOverdue());
		cells.add(row.openInTime());
		cells.add(rounded(row.onTimeRate()));
		cells.add(rounded(row.onlineShare()));
		cells.add(rounded(row.averageDays()));
		cells.add(row.apologySlips());
		return cells;
	}

	private static Double rounded(Double value) {
		return value == null ? null : Math.round(value * 10) / 10.0;
	}

	static byte[] csv(List<String> header, List<List<Object>> rows) {
		return CsvCells.write(',', header,
				rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList());
	}

	static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				first.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(String.valueOf(CsvCells.safe(value)));
					}
				}
			}
			sheet.setColumnWidth(0, 60 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
