package vn.ddcihub.operations.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;

/**
 * The rows of an inspection plan file, CSV (UTF-8, comma or semicolon) or XLSX (first
 * sheet): a header row, then one inspection per row. Headers are compared without
 * diacritics, case or spaces, so "Mã số thuế" and "ma_so_thue" are the same column.
 */
record PlanTable(List<String> header, List<List<String>> rows) {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final int MAX_ROWS = 5_000;

	static PlanTable read(String fileName, long size, InputStream in) {
		if (size > MAX_BYTES) {
			throw refused(fileName, "Tệp lớn hơn 5 MB.");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			PlanTable table = name.endsWith(".xlsx") ? xlsx(in) : name.endsWith(".csv") ? csv(in) : null;
			if (table == null) {
				throw refused(fileName, "Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx.");
			}
			if (table.rows().size() > MAX_ROWS) {
				throw refused(fileName, "Tệp có hơn 5.000 dòng.");
			}
			return table;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BadInputException bad) {
				throw bad;
			}
			throw refused(fileName, "Không đọc được tệp: không phải CSV UTF-8 hoặc XLSX hợp lệ.");
		}
	}

	/** A header's comparable form: "Mã số thuế" → "masothue". */
	static String key(String header) {
		String plain = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'),
				Normalizer.Form.NFD);
		return plain.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
	}

	private static PlanTable csv(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars()
			.filter(c -> c == ',')
			.count() ? ';' : ',';
		List<List<String>> all = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(text)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
				all.add(record.stream().map(String::strip).toList());
				if (all.size() > MAX_ROWS + 1) {
					break;
				}
			}
		}
		return of(all);
	}

	private static PlanTable xlsx(InputStream in) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> all = new ArrayList<>();
			for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
				all.add(cells(sheet.getRow(r)));
			}
			return of(all);
		}
	}

	private static PlanTable of(List<List<String>> all) {
		List<List<String>> rows = all.size() <= 1 ? List.of() : all.subList(1, all.size());
		return new PlanTable(all.isEmpty() ? List.of() : all.get(0), rows);
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		if (row != null && row.getLastCellNum() > 0) {
			for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
				values.add(text(row.getCell(c)));
			}
		}
		return values;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue().strip();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static BadInputException refused(String fileName, String message) {
		return new BadInputException(List.of(new InputProblem(fileName, null, null, message)));
	}

}
