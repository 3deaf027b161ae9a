package vn.ddcihub.index.domain;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import vn.ddcihub.shared.CsvCells;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
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

	/** The separator is looked for in the first 64 K characters. */
	private static final int FIRST_LINE_MAX = 1 << 16;

	static final Set<String> RANK_HEADERS = Set.of("rank", "xep_hang", "xếp hạng");

	/**
	 * Largest results file accepted, in bytes (also the upload limit of the pages and the
	 * API).
	 */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Most result rows (units) one file may hold. */
	public static final int MAX_ROWS = 100_000;

	/** Most columns a file may have. */
	public static final int MAX_COLUMNS = 100;

	/** How the limits read on the import page and in the API documentation. */
	public static final String LIMITS = "tối đa 10 MB, 100.000 dòng kết quả và 100 cột mỗi tệp";

	/** One valid row: the scores per component code. */
	record ImportedRow(int row, String unitCode, String unitName, Map<String, Double> scores, Double publishedTotal,
			Integer publishedRank) {
	}

	private ResultFileParser() {
	}

	static List<ImportedRow> parse(String fileName, byte[] content, EditionDefinition definition,
			Predicate<String> knownUnit, boolean createUnits) {
		return parse(fileName, new ByteArrayInputStream(content), definition, knownUnit, createUnits);
	}

	/**
	 * Reads the file row by row (a CSV is never held whole in memory); problems beyond
	 * the first {@value InputProblems#LISTED} are only counted.
	 * @param knownUnit whether a unit code belongs to the block's assessed units
	 * @param createUnits accept unknown units that have a name (they become new assessed
	 * units)
	 */
	static List<ImportedRow> parse(String fileName, InputStream content, EditionDefinition definition,
			Predicate<String> knownUnit, boolean createUnits) {
		return parse(fileName, content, definition, knownUnit, createUnits, row -> {
		});
	}

	/**
	 * As {@link #parse(String, InputStream, EditionDefinition, Predicate, boolean)}, and
	 * hands each good row to {@code accepted} as soon as it is read, while the file has
	 * no problem so far (the caller still gets the problems, and must discard what it was
	 * handed, when the file is refused).
	 */
	static List<ImportedRow> parse(String fileName, InputStream content, EditionDefinition definition,
			Predicate<String> knownUnit, boolean createUnits, Consumer<ImportedRow> accepted) {
		String file = fileName == null || fileName.isBlank() ? "kết quả" : fileName;
		Reading reading = new Reading(file, definition, knownUnit, createUnits, accepted);
		BufferedInputStream in = new BufferedInputStream(content);
		try (Rows rows = isXlsx(file, in) ? xlsxRows(in) : csvRows(in)) {
			return reading.read(rows);
		}
		catch (BadInputException e) {
			throw e;
		}
		catch (StrictUtf8Reader.NotUtf8Exception e) {
			throw new BadInputException(List.of(InputProblem.at(file, e.line(), null,
					"Tệp không phải văn bản UTF-8 (có thể đã lưu bằng bảng mã Windows-1258, TCVN3 hoặc VNI): "
							+ "tiếng Việt sẽ bị sai dấu nên tệp không được nhập. Lưu tệp dưới dạng CSV UTF-8 "
							+ "(Excel: Tệp → Lưu thành → CSV UTF-8 (phân cách bằng dấu phẩy)) rồi nhập lại")));
		}
		catch (IOException | RuntimeException e) {
			Integer row = reading.rowNumber > 0 ? reading.rowNumber + 1 : null;
			throw new BadInputException(List
				.of(new InputProblem(file, row, null, "Không đọc được tệp: chỉ nhận CSV (UTF-8) hoặc Excel .xlsx"
						+ (row == null ? "" : "; tệp hỏng từ dòng này (có thể một dấu ngoặc kép \" chưa được đóng)"))));
		}
	}

	/** The rows of a file, one at a time. */
	interface Rows extends Iterator<List<String>>, Closeable {

	}

	/** One pass over a file: the header, then every row checked as it comes. */
	private static final class Reading {

		private final String file;

		private final EditionDefinition definition;

		private final Predicate<String> knownUnit;

		private final boolean createUnits;

		private final InputProblems problems;

		private final Consumer<ImportedRow> accepted;

		private final Map<String, Integer> seen = new HashMap<>();

		private final List<ImportedRow> imported = new ArrayList<>();

		private final Map<String, Integer> componentColumns = new LinkedHashMap<>();

		private List<String> header;

		private int headerRow;

		private int codeColumn = -1;

		private int nameColumn = -1;

		private int totalColumn = -1;

		private int rankColumn = -1;

		private int rowNumber;

		private int dataRows;

		Reading(String file, EditionDefinition definition, Predicate<String> knownUnit, boolean createUnits,
				Consumer<ImportedRow> accepted) {
			this.file = file;
			this.accepted = accepted;
			this.definition = definition;
			this.knownUnit = knownUnit;
			this.createUnits = createUnits;
			this.problems = new InputProblems(file);
		}

		List<ImportedRow> read(Rows rows) {
			while (rows.hasNext()) {
				List<String> row = rows.next();
				rowNumber++;
				if (header == null) {
					if (!row.isEmpty() && CODE_HEADERS.contains(normal(firstNonBlank(row)))) {
						readHeader(row);
					}
					else if (rowNumber > MAX_ROWS) {
						break;
					}
					continue;
				}
				if (row.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (++dataRows > MAX_ROWS) {
					int at = rowNumber;
					problems.add("dòng vượt giới hạn",
							() -> InputProblem.at(file, at, null,
									"Tệp có hơn " + VietnameseFormat.integer(MAX_ROWS)
											+ " dòng kết quả: mỗi lần chỉ nhập được tối đa "
											+ VietnameseFormat.integer(MAX_ROWS)
											+ " dòng, hãy chia tệp. Các dòng từ dòng này trở đi không được đọc"));
					break;
				}
				readRow(row, rowNumber);
			}
			if (header == null) {
				throw new BadInputException(List.of(InputProblem.at(file, 1, "unit_code",
						"Không tìm thấy dòng tiêu đề: cột đầu tiên phải là unit_code (mã đơn vị)")));
			}
			if (imported.isEmpty() && problems.isEmpty()) {
				problems.add("tệp trống", InputProblem.at(file, headerRow + 1, null, "Tệp không có dòng kết quả nào"));
			}
			problems.refuseIfAny();
			return imported;
		}

		private void readHeader(List<String> row) {
			header = row;
			headerRow = rowNumber;
			if (header.size() > MAX_COLUMNS) {
				throw new BadInputException(List.of(InputProblem.at(file, headerRow, null,
						"Dòng tiêu đề có " + VietnameseFormat.integer(header.size()) + " cột; tệp chỉ được có tối đa "
								+ MAX_COLUMNS + " cột")));
			}
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
							problems.add("cột lặp lại", InputProblem.at(file, headerRow, header.get(c),
									"Cột chỉ số thành phần " + code + " lặp lại"));
						}
						componentColumns.put(code, c);
					}
				}
			}
			for (ComponentDef component : definition.components()) {
				if (!componentColumns.containsKey(component.code())) {
					problems.add("cột thiếu", InputProblem.at(file, headerRow, component.code(),
							"Thiếu cột chỉ số thành phần " + component.code() + " (" + component.nameVi() + ")"));
				}
			}
			problems.refuseIfAny();
		}

		private void readRow(List<String> row, int rowNumber) {
			long before = problems.count();
			if (row.size() > header.size()
					&& row.subList(header.size(), row.size()).stream().anyMatch(v -> !v.isBlank())) {
				problems.add("dòng thừa giá trị", () -> InputProblem.at(file, rowNumber, null, "Dòng có " + row.size()
						+ " giá trị nhưng tiêu đề có " + header.size()
						+ " cột: có thể điểm viết dấu phẩy thập phân (7,80) mà không đặt trong ngoặc kép."
						+ " Hãy dùng dấu chấm phẩy (;) để phân cách cột, hoặc đặt điểm trong ngoặc kép (\"7,80\")"));
				return;
			}
			String code = cell(row, codeColumn).strip().toUpperCase(Locale.ROOT);
			String name = nameColumn < 0 ? "" : cell(row, nameColumn).strip();
			String codeHeader = header.get(codeColumn);
			if (code.isEmpty()) {
				problems.add("dòng thiếu mã đơn vị",
						() -> InputProblem.at(file, rowNumber, codeHeader, "Thiếu mã đơn vị"));
			}
			else if (!fits(code, EditionDefinition.CODE_MAX)) {
				problems.add("mã đơn vị không hợp lệ",
						() -> InputProblem.at(file, rowNumber, codeHeader,
								"Mã đơn vị \"" + InputProblems.quote(code) + "\" không hợp lệ: tối đa "
										+ EditionDefinition.CODE_MAX + " ký tự, không có ký tự điều khiển"));
			}
			else if (seen.containsKey(code)) {
				problems.add("đơn vị lặp lại", () -> InputProblem.at(file, rowNumber, codeHeader,
						"Đơn vị " + code + " lặp lại (đã có ở dòng " + seen.get(code) + ")"));
			}
			else {
				seen.put(code, rowNumber);
				if (!knownUnit.test(code) && !(createUnits && !name.isEmpty())) {
					problems.add("đơn vị không có trong khối", () -> InputProblem.at(file, rowNumber, codeHeader,
							"Đơn vị " + code + " không có trong danh sách đơn vị được đánh giá của khối"));
				}
			}
			if (!fits(name, EditionDefinition.NAME_MAX)) {
				problems.add("tên đơn vị không hợp lệ",
						() -> InputProblem.at(file, rowNumber, header.get(nameColumn),
								"Tên đơn vị \"" + InputProblems.quote(name) + "\" không hợp lệ: tối đa "
										+ EditionDefinition.NAME_MAX + " ký tự, không có ký tự điều khiển"));
			}
			Map<String, Double> scores = new LinkedHashMap<>();
			for (Map.Entry<String, Integer> column : componentColumns.entrySet()) {
				String text = cell(row, column.getValue());
				String columnName = header.get(column.getValue());
				if (text.isBlank()) {
					problems.add("ô thiếu điểm", () -> InputProblem.at(file, rowNumber, columnName,
							"Thiếu điểm chỉ số thành phần " + column.getKey()));
					continue;
				}
				Optional<Double> score = number(text);
				if (score.isEmpty()) {
					problems.add("ô không phải số",
							() -> InputProblem.at(file, rowNumber, columnName, notANumber(text)));
				}
				else if (!ScoreRules.isScore(score.get())) {
					problems.add("điểm ngoài khoảng", () -> InputProblem.at(file, rowNumber, columnName,
							"Điểm " + InputProblems.quote(text) + " nằm ngoài khoảng " + ScoreRules.scoreRange()));
				}
				else {
					scores.put(column.getKey(), score.get());
				}
			}
			Double total = null;
			if (totalColumn >= 0 && !cell(row, totalColumn).isBlank()) {
				String text = cell(row, totalColumn);
				Optional<Double> value = number(text);
				if (value.isEmpty()) {
					problems.add("ô không phải số",
							() -> InputProblem.at(file, rowNumber, header.get(totalColumn), notANumber(text)));
				}
				else if (!ScoreRules.isTotal(value.get())) {
					problems.add("điểm ngoài khoảng",
							() -> InputProblem.at(file, rowNumber, header.get(totalColumn), "Điểm tổng hợp "
									+ InputProblems.quote(text) + " nằm ngoài khoảng " + ScoreRules.totalRange()));
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
					problems.add("xếp hạng không hợp lệ", () -> InputProblem.at(file, rowNumber, header.get(rankColumn),
							"Xếp hạng \"" + InputProblems.quote(text) + "\" phải là số nguyên dương"));
				}
				else {
					rank = value.get().intValue();
				}
			}
			if (problems.count() == before) {
				ImportedRow good = new ImportedRow(rowNumber, code, name, scores, total, rank);
				imported.add(good);
				if (problems.isEmpty()) {
					accepted.accept(good);
				}
			}
		}

	}

	/**
	 * At most {@code max} characters and no control character (a NUL cannot be stored).
	 */
	static boolean fits(String text, int max) {
		return text.length() <= max && text.chars().noneMatch(ch -> ch < 0x20 && ch != '\t');
	}

	private static String notANumber(String text) {
		String value = InputProblems.quote(text);
		long separators = value.chars().filter(ch -> ch == ',' || ch == '.').count();
		if (separators > 1 || value.matches(".*\\d\\s+\\d.*")) {
			return "Sai dấu thập phân: \"" + value + "\" — dùng một dấu thập phân, ví dụ 7,80 hoặc 7.80";
		}
		return "\"" + value + "\" không phải là số";
	}

	public static Optional<Double> number(String text) {
		double value = VietnameseFormat.parseDouble(text);
		return Double.isNaN(value) ? Optional.empty() : Optional.of(value);
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

	private static boolean isXlsx(String file, BufferedInputStream in) throws IOException {
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		return zip || file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/**
	 * A CSV read as it streams: the separator (semicolon, tab or comma) is the one the
	 * first line uses.
	 */
	private static Rows csvRows(InputStream in) throws IOException {
		BufferedReader text = new BufferedReader(new StrictUtf8Reader(in), FIRST_LINE_MAX);
		text.mark(FIRST_LINE_MAX);
		StringBuilder firstLine = new StringBuilder();
		for (int ch = text.read(); ch >= 0 && ch != '\n' && firstLine.length() < FIRST_LINE_MAX - 1; ch = text.read()) {
			firstLine.append((char) ch);
		}
		text.reset();
		char delimiter = firstLine.indexOf(";") >= 0 ? ';' : firstLine.indexOf("\t") >= 0 ? '\t' : ',';
		CSVParser parser = CSVParser.builder()
			.setReader(text)
			.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get())
			.get();
		Iterator<CSVRecord> records = parser.iterator();
		return new Rows() {
			@Override
			public boolean hasNext() {
				return records.hasNext();
			}

			@Override
			public List<String> next() {
				// Cells a CSV export neutralised against formulas read as they were
				// written.
				return records.next().stream().map(CsvCells::unescape).toList();
			}

			@Override
			public void close() throws IOException {
				parser.close();
			}
		};
	}

	/**
	 * An XLSX workbook (POI holds it in memory, within the upload limit and POI's own
	 * guards against zip bombs), its first sheet read row by row.
	 */
	private static Rows xlsxRows(InputStream in) throws IOException {
		Workbook workbook = WorkbookFactory.create(in);
		Sheet sheet = workbook.getSheetAt(0);
		int last = sheet.getLastRowNum();
		return new Rows() {
			private int next = 0;

			@Override
			public boolean hasNext() {
				return next <= last;
			}

			@Override
			public List<String> next() {
				Row row = sheet.getRow(next++);
				List<String> values = new ArrayList<>();
				if (row != null) {
					int cells = Math.min(row.getLastCellNum(), MAX_COLUMNS + 1);
					for (int c = 0; c < cells; c++) {
						values.add(text(row.getCell(c)));
					}
				}
				return values;
			}

			@Override
			public void close() throws IOException {
				workbook.close();
			}
		};
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
