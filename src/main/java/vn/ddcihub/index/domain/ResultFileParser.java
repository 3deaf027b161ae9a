package vn.ddcihub.index.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.ScoreRules;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Reads a results file (tệp kết quả) in CSV (comma, semicolon or tab separated, UTF-8) or
 * XLSX: a header row with the unit code, optionally the unit name, one column per
 * component (by its code, e.g. C1), and optionally the published total and rank. Scores
 * may use a decimal comma (7,80). Every problem is reported with file, row and column;
 * nothing is returned unless the whole file is valid.
 */
public final class ResultFileParser {

	static final Set<String> CODE_HEADERS = Set.of("unit_code", "ma_don_vi", "mã đơn vị", "ma", "mã", "code");
	static final Set<String> NAME_HEADERS = Set.of("unit_name", "ten_don_vi", "tên đơn vị", "name", "tên");
	static final Set<String> TOTAL_HEADERS = Set.of("total", "tong_diem", "tổng điểm", "diem_tong_hop",
			"điểm tổng hợp");
	static final Set<String> RANK_HEADERS = Set.of("rank", "xep_hang", "xếp hạng");

	/** One valid row: the scores per component code. */
	record ImportedRow(int row, String unitCode, String unitName, Map<String, Double> scores, Double publishedTotal,
			Integer publishedRank) {
	}

	private ResultFileParser() {
	}

	/**
	 * @param knownUnit whether a unit code belongs to the block's assessed units
	 * @param createUnits accept unknown units that have a name (they become new assessed
	 * units)
	 */
	static List<ImportedRow> parse(String fileName, byte[] content, EditionDefinition definition,
			Predicate<String> knownUnit, boolean createUnits) {
		String file = fileName == null || fileName.isBlank() ? "kết quả" : fileName;
		List<InputProblem> problems = new ArrayList<>();
		List<List<String>> rows;
		try {
			rows = file.toLowerCase(Locale.ROOT).endsWith(".xlsx") || isZip(content) ? xlsxRows(content)
					: csvRows(content);
		}
		catch (IOException | RuntimeException e) {
			throw new BadInputException(List
				.of(new InputProblem(file, null, null, "Không đọc được tệp: chỉ nhận CSV (UTF-8) hoặc Excel .xlsx")));
		}
		int headerIndex = -1;
		for (int i = 0; i < rows.size() && headerIndex < 0; i++) {
			List<String> row = rows.get(i);
			if (!row.isEmpty() && CODE_HEADERS.contains(normal(firstNonBlank(row)))) {
				headerIndex = i;
			}
		}
		if (headerIndex < 0) {
			throw new BadInputException(List.of(InputProblem.at(file, 1, "unit_code",
					"Không tìm thấy dòng tiêu đề: cột đầu tiên phải là unit_code (mã đơn vị)")));
		}
		List<String> header = rows.get(headerIndex);
		int headerRow = headerIndex + 1;
		int codeColumn = -1;
		int nameColumn = -1;
		int totalColumn = -1;
		int rankColumn = -1;
		Map<String, Integer> componentColumns = new LinkedHashMap<>();
		for (int c = 0; c < header.size(); c++) {
			String name = normal(header.get(c));
			if (CODE_HEADERS.contains(name) && codeColumn < 0) {
				codeColumn = c;
			}
			else if (NAME_HEADERS.contains(name)) {
				nameColumn = c;
			}
			else if (TOTAL_HEADERS.contains(name)) {
				totalColumn = c;
			}
			else if (RANK_HEADERS.contains(name)) {
				rankColumn = c;
			}
			else {
				int component = definition.componentIndex(name);
				if (component >= 0) {
					String code = definition.components().get(component).code();
					if (componentColumns.containsKey(code)) {
						problems.add(InputProblem.at(file, headerRow, header.get(c),
								"Cột chỉ số thành phần " + code + " lặp lại"));
					}
					componentColumns.put(code, c);
				}
			}
		}
		for (ComponentDef component : definition.components()) {
			if (!componentColumns.containsKey(component.code())) {
				problems.add(InputProblem.at(file, headerRow, component.code(),
						"Thiếu cột chỉ số thành phần " + component.code() + " (" + component.nameVi() + ")"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		List<ImportedRow> imported = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = headerIndex + 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int rowNumber = i + 1;
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			int before = problems.size();
			if (row.size() > header.size()
					&& row.subList(header.size(), row.size()).stream().anyMatch(v -> !v.isBlank())) {
				problems.add(InputProblem.at(file, rowNumber, null, "Dòng có " + row.size()
						+ " giá trị nhưng tiêu đề có " + header.size()
						+ " cột: có thể điểm viết dấu phẩy thập phân (7,80) mà không đặt trong ngoặc kép."
						+ " Hãy dùng dấu chấm phẩy (;) để phân cách cột, hoặc đặt điểm trong ngoặc kép (\"7,80\")"));
				continue;
			}
			String code = cell(row, codeColumn).strip().toUpperCase(Locale.ROOT);
			String name = nameColumn < 0 ? "" : cell(row, nameColumn).strip();
			String codeHeader = header.get(codeColumn);
			if (code.isEmpty()) {
				problems.add(InputProblem.at(file, rowNumber, codeHeader, "Thiếu mã đơn vị"));
			}
			else if (seen.containsKey(code)) {
				problems.add(InputProblem.at(file, rowNumber, codeHeader,
						"Đơn vị " + code + " lặp lại (đã có ở dòng " + seen.get(code) + ")"));
			}
			else {
				seen.put(code, rowNumber);
				if (!knownUnit.test(code) && !(createUnits && !name.isEmpty())) {
					problems.add(InputProblem.at(file, rowNumber, codeHeader,
							"Đơn vị " + code + " không có trong danh sách đơn vị được đánh giá của khối"));
				}
			}
			Map<String, Double> scores = new LinkedHashMap<>();
			for (Map.Entry<String, Integer> column : componentColumns.entrySet()) {
				String text = cell(row, column.getValue());
				String columnName = header.get(column.getValue());
				if (text.isBlank()) {
					problems.add(InputProblem.at(file, rowNumber, columnName,
							"Thiếu điểm chỉ số thành phần " + column.getKey()));
					continue;
				}
				number(text).ifPresentOrElse(score -> {
					if (!ScoreRules.isScore(score)) {
						problems.add(InputProblem.at(file, rowNumber, columnName,
								"Điểm " + text.strip() + " nằm ngoài khoảng " + ScoreRules.scoreRange()));
					}
					else {
						scores.put(column.getKey(), score);
					}
				}, () -> problems.add(InputProblem.at(file, rowNumber, columnName, notANumber(text))));
			}
			Double total = null;
			if (totalColumn >= 0 && !cell(row, totalColumn).isBlank()) {
				String text = cell(row, totalColumn);
				Optional<Double> value = number(text);
				if (value.isEmpty()) {
					problems.add(InputProblem.at(file, rowNumber, header.get(totalColumn), notANumber(text)));
				}
				else if (!ScoreRules.isTotal(value.get())) {
					problems.add(InputProblem.at(file, rowNumber, header.get(totalColumn),
							"Điểm tổng hợp " + text.strip() + " nằm ngoài khoảng " + ScoreRules.totalRange()));
				}
				else {
					total = value.get();
				}
			}
			Integer rank = null;
			if (rankColumn >= 0 && !cell(row, rankColumn).isBlank()) {
				String text = cell(row, rankColumn).strip();
				Optional<Double> value = number(text);
				// The edition's unit count is known only after the whole file is read
				// (IndexService checks it).
				if (value.isEmpty() || !ScoreRules.isRank(value.get(), Integer.MAX_VALUE)) {
					problems.add(InputProblem.at(file, rowNumber, header.get(rankColumn),
							"Xếp hạng \"" + text + "\" phải là số nguyên dương"));
				}
				else {
					rank = value.get().intValue();
				}
			}
			if (problems.size() == before) {
				imported.add(new ImportedRow(rowNumber, code, name, scores, total, rank));
			}
		}
		if (imported.isEmpty() && problems.isEmpty()) {
			problems.add(InputProblem.at(file, headerRow + 1, null, "Tệp không có dòng kết quả nào"));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		return imported;
	}

	private static String notANumber(String text) {
		String value = text.strip();
		long separators = value.chars().filter(ch -> ch == ',' || ch == '.').count();
		if (separators > 1 || value.matches(".*\\d\\s+\\d.*")) {
			return "Sai dấu thập phân: \"" + value + "\" — dùng một dấu thập phân, ví dụ 7,80 hoặc 7.80";
		}
		return "\"" + value + "\" không phải là số";
	}

	public static Optional<Double> number(String text) {
		return VietnameseFormat.parseDecimal(text).map(BigDecimal::doubleValue);
	}

	private static String cell(List<String> row, int column) {
		return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column) : "";
	}

	private static String firstNonBlank(List<String> row) {
		return row.stream().filter(v -> !v.isBlank()).findFirst().orElse("");
	}

	private static String normal(String header) {
		return header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isZip(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static List<List<String>> csvRows(byte[] content) throws IOException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get())) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
		}
		return rows;
	}

	private static List<List<String>> xlsxRows(byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> values = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						values.add(text(row.getCell(c)));
					}
				}
				rows.add(values);
			}
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			// Written with a decimal comma, as Vietnamese users read it back in any
			// message about the cell.
			case NUMERIC ->
				BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString().replace('.', ',');
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
