package vn.ddcihub.survey.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.CsvCells;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Reads a survey sample (mẫu khảo sát) from a CSV (UTF-8; separator ; , or tab, the one
 * of the header line) or the first sheet of an XLSX: a header row naming the columns
 * business name, tax code, phone, e-mail and units (in Vietnamese with or without
 * diacritics, or in English), then one business per row. Units are the codes or names of
 * the block's assessed units separated by {@code ;} or {@code ,}. All or nothing: every
 * problem is listed with its row and column (the first {@value InputProblems#LISTED}),
 * and nothing is returned then.
 */
public final class SampleFileReader {

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** Businesses in one file: far above the few thousand a province asks. */
	public static final int MAX_ROWS = 20_000;

	static final int MAX_COLUMNS = 50;

	public static final String LIMITS = "tối đa 5 MB, 20.000 doanh nghiệp, 50 cột";

	static final int NAME_MAX = 255;

	static final int EMAIL_MAX = 254;

	private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(\\d{3})?");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{9,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** The columns and the headers each is known by (normalised, see {@link #key}). */
	private enum Column {

		NAME("Tên doanh nghiệp", "ten_doanh_nghiep", "doanh_nghiep", "ten", "business_name", "business", "name"),
		TAX_CODE("Mã số thuế", "ma_so_thue", "mst", "tax_code", "tax_id"),
		PHONE("Điện thoại", "dien_thoai", "so_dien_thoai", "phone", "telephone", "mobile"),
		EMAIL("E-mail", "email", "e_mail", "thu_dien_tu"),
		UNITS("Đơn vị đã làm việc", "don_vi", "don_vi_da_lam_viec", "cac_don_vi", "co_quan", "units", "unit");

		final String label;

		final Set<String> keys;

		Column(String label, String... keys) {
			this.label = label;
			this.keys = Set.of(keys);
		}

	}

	private final String file;

	private final InputProblems problems;

	private final Map<String, String> unitsByKey = new HashMap<>();

	private SampleFileReader(String file, List<AssessedUnitRef> units) {
		this.file = file == null || file.isBlank() ? "mẫu khảo sát" : file;
		this.problems = new InputProblems(this.file);
		for (AssessedUnitRef unit : units) {
			unitsByKey.putIfAbsent(key(unit.name()), unit.code());
		}
		// Codes win over names: a unit named like another's code is still found by code.
		units.forEach(unit -> unitsByKey.put(key(unit.code()), unit.code()));
	}

	/**
	 * @param units the assessed units of the questionnaire's block
	 * @throws BadInputException with every problem; nothing to save then
	 */
	public static List<SampleEntry> read(String file, long size, InputStream in, List<AssessedUnitRef> units) {
		SampleFileReader reader = new SampleFileReader(file, units);
		if (size > MAX_BYTES) {
			throw new BadInputException(List.of(new InputProblem(reader.file, null, null,
					"Tệp lớn quá " + LIMITS + " (" + VietnameseFormat.integer(size) + " byte)")));
		}
		List<SampleEntry> entries;
		try (BufferedInputStream buffered = new BufferedInputStream(in)) {
			entries = reader.entries(isXlsx(reader.file, buffered) ? xlsxRows(buffered) : csvRows(buffered));
		}
		catch (CharacterCodingException e) {
			throw new BadInputException(List.of(new InputProblem(reader.file, null, null,
					"Tệp CSV không phải UTF-8: hãy lưu lại bằng “CSV UTF-8” trong Excel rồi nhập lại")));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof BadInputException bad) {
				throw bad;
			}
			throw new BadInputException(List.of(new InputProblem(reader.file, null, null,
					"Không đọc được tệp: cần tệp .csv (UTF-8) hoặc .xlsx có dòng tiêu đề")));
		}
		reader.problems.refuseIfAny();
		return entries;
	}

	private List<SampleEntry> entries(Iterator<List<String>> rows) {
		if (!rows.hasNext()) {
			problems.add("tệp trống",
					new InputProblem(file, null, null, "Tệp trống: cần dòng tiêu đề và các dòng " + "doanh nghiệp"));
			return List.of();
		}
		Map<Column, Integer> columns = header(rows.next());
		if (!problems.isEmpty()) {
			return List.of();
		}
		List<SampleEntry> entries = new ArrayList<>();
		Map<String, Integer> taxCodes = new HashMap<>();
		int row = 1;
		while (rows.hasNext()) {
			List<String> cells = rows.next();
			row++;
			if (row > MAX_ROWS + 1) {
				problems.add("quá nhiều dòng", new InputProblem(file, row, null,
						"Tệp có hơn " + VietnameseFormat.integer(MAX_ROWS) + " doanh nghiệp (" + LIMITS + ")"));
				break;
			}
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			SampleEntry entry = entry(row, cells, columns, taxCodes);
			if (entry != null) {
				entries.add(entry);
			}
		}
		if (entries.isEmpty() && problems.isEmpty()) {
			problems.add("tệp trống", new InputProblem(file, null, null, "Tệp không có doanh nghiệp nào"));
		}
		return entries;
	}

	private Map<Column, Integer> header(List<String> cells) {
		Map<Column, Integer> columns = new HashMap<>();
		for (int c = 0; c < Math.min(cells.size(), MAX_COLUMNS); c++) {
			String key = key(cells.get(c));
			for (Column column : Column.values()) {
				if (column.keys.contains(key)) {
					columns.putIfAbsent(column, c);
				}
			}
		}
		for (Column needed : List.of(Column.NAME, Column.TAX_CODE, Column.UNITS)) {
			if (!columns.containsKey(needed)) {
				problems.add("thiếu cột", InputProblem.at(file, 1, needed.label,
						"Thiếu cột “" + needed.label + "” (tiêu đề ví dụ: " + String.join(", ", needed.keys) + ")"));
			}
		}
		if (!columns.containsKey(Column.PHONE) && !columns.containsKey(Column.EMAIL)) {
			problems.add("thiếu cột", InputProblem.at(file, 1, Column.PHONE.label,
					"Thiếu cột liên hệ: cần cột “Điện thoại” hoặc “E-mail” (hoặc cả hai)"));
		}
		return columns;
	}

	private SampleEntry entry(int row, List<String> cells, Map<Column, Integer> columns,
			Map<String, Integer> taxCodes) {
		long before = problems.count();
		String name = cell(cells, columns.get(Column.NAME));
		if (name.isEmpty()) {
			wrong(row, Column.NAME, "thiếu tên doanh nghiệp", "Thiếu tên doanh nghiệp");
		}
		else if (name.length() > NAME_MAX) {
			wrong(row, Column.NAME, "tên quá dài", "Tên doanh nghiệp dài quá " + NAME_MAX + " ký tự");
		}
		String typedTax = cell(cells, columns.get(Column.TAX_CODE));
		String taxCode = typedTax.replaceAll("[\\s.-]", "");
		if (!TAX_CODE.matcher(taxCode).matches()) {
			wrong(row, Column.TAX_CODE, "mã số thuế sai", typedTax.isEmpty() ? "Thiếu mã số thuế"
					: "Mã số thuế “" + InputProblems.quote(typedTax) + "” phải có 10 hoặc 13 chữ số");
		}
		else {
			Integer first = taxCodes.putIfAbsent(taxCode, row);
			if (first != null) {
				wrong(row, Column.TAX_CODE, "mã số thuế trùng", "Mã số thuế " + taxCode + " đã có ở dòng " + first);
			}
		}
		String phone = cell(cells, columns.get(Column.PHONE));
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			wrong(row, Column.PHONE, "điện thoại sai",
					"Số điện thoại “" + InputProblems.quote(phone) + "” không hợp lệ (9 đến 15 chữ số)");
		}
		String email = cell(cells, columns.get(Column.EMAIL));
		if (!email.isEmpty() && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
			wrong(row, Column.EMAIL, "e-mail sai", "Địa chỉ e-mail “" + InputProblems.quote(email) + "” không hợp lệ");
		}
		if (phone.isEmpty() && email.isEmpty()) {
			wrong(row, columns.containsKey(Column.PHONE) ? Column.PHONE : Column.EMAIL, "thiếu liên hệ",
					"Thiếu cách liên hệ: cần số điện thoại hoặc e-mail");
		}
		List<String> units = units(row, cell(cells, columns.get(Column.UNITS)));
		if (problems.count() > before) {
			return null;
		}
		return new SampleEntry(row, name, taxCode, phone.isEmpty() ? null : phone, email.isEmpty() ? null : email,
				units);
	}

	private List<String> units(int row, String text) {
		Set<String> codes = new LinkedHashSet<>();
		for (String part : text.split("[;,]")) {
			if (part.isBlank()) {
				continue;
			}
			String code = unitsByKey.get(key(part));
			if (code == null) {
				wrong(row, Column.UNITS, "đơn vị không có", "Đơn vị “" + InputProblems.quote(part)
						+ "” không có trong khối đánh giá của bảng hỏi (ghi mã hoặc tên đơn vị)");
			}
			else {
				codes.add(code);
			}
		}
		if (text.isBlank()) {
			wrong(row, Column.UNITS, "thiếu đơn vị",
					"Thiếu đơn vị doanh nghiệp đã làm việc (mã hoặc tên, cách nhau bởi ; hoặc ,)");
		}
		return List.copyOf(codes);
	}

	private void wrong(int row, Column column, String kind, String message) {
		problems.add(kind, () -> InputProblem.at(file, row, column.label, message));
	}

	private static String cell(List<String> cells, Integer column) {
		if (column == null || column >= cells.size() || cells.get(column) == null) {
			return "";
		}
		return cells.get(column).strip();
	}

	/**
	 * A header or unit name compared without case, diacritics, or the kind of spacing:
	 * "Tên doanh nghiệp" and "ten_doanh_nghiep" are the same column.
	 */
	static String key(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text.replace("\uFEFF", ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
	}

	private static boolean isXlsx(String file, BufferedInputStream in) throws IOException {
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		return zip || file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** Rows of a CSV whose separator is the one the header line uses. */
	private static Iterator<List<String>> csvRows(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(java.nio.ByteBuffer.wrap(bytes))
			.toString();
		int lineEnd = text.indexOf('\n');
		String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
		char delimiter = first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
		Reader reader = new java.io.StringReader(text);
		CSVParser parser = CSVParser.builder()
			.setReader(reader)
			.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get())
			.get();
		Iterator<CSVRecord> records = parser.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return records.hasNext();
			}

			@Override
			public List<String> next() {
				return records.next().stream().map(CsvCells::unescape).toList();
			}
		};
	}

	/**
	 * The first sheet of a workbook (held in memory by POI, within the size limit and
	 * POI's own guards against zip bombs).
	 */
	private static Iterator<List<String>> xlsxRows(InputStream in) throws IOException {
		Workbook workbook = WorkbookFactory.create(in);
		Sheet sheet = workbook.getSheetAt(0);
		int last = Math.min(sheet.getLastRowNum(), MAX_ROWS + 1);
		return new Iterator<>() {
			private int next = 0;

			@Override
			public boolean hasNext() {
				return next <= last;
			}

			@Override
			public List<String> next() {
				return XlsFormReader.cells(sheet.getRow(next++), MAX_COLUMNS);
			}
		};
	}

}
