package vn.ddcihub.survey.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.VietnameseFormat;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Polarity;
import vn.ddcihub.survey.domain.QuestionnaireContent.QuestionDraft;

/**
 * Reads a questionnaire from an XLSForm workbook (as KoboToolbox and ODK write it): the
 * {@code survey}, {@code choices} and {@code settings} sheets, with our
 * {@code ddci_indicators} sheet and the {@code ddci_indicator}, {@code ddci_favourable},
 * {@code ddci_unit} and {@code ddci_type} columns, which other tools ignore. Groups are
 * flattened, notes and the metadata KoboToolbox adds (start, end, today…) skipped; every
 * other type is refused. All or nothing: every problem is listed with its sheet, row and
 * column (the first {@value InputProblems#LISTED}, the rest counted), nothing is returned
 * then.
 */
public final class XlsFormReader {

	/** Largest file read. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** Most rows of one sheet, its header included. */
	public static final int MAX_ROWS = 5_000;

	/** Most columns of one sheet read. */
	public static final int MAX_COLUMNS = 100;

	public static final String LIMITS = "tối đa 5 MB, 5.000 dòng và 100 cột mỗi trang tính";

	private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "username", "phonenumber",
			"simserial", "subscriberid", "imei", "audit", "email");

	private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

	private final String file;

	private final List<ComponentRef> components;

	private final InputProblems problems;

	private XlsFormReader(String file, List<ComponentRef> components) {
		this.file = file == null || file.isBlank() ? "bảng hỏi.xlsx" : file;
		this.components = components;
		this.problems = new InputProblems(this.file);
	}

	/**
	 * @param components the components of the edition the questionnaire is for
	 * @throws BadInputException with every problem found; nothing to save then
	 */
	public static QuestionnaireContent read(String file, long size, InputStream in, List<ComponentRef> components) {
		if (size > MAX_BYTES) {
			throw new BadInputException(List.of(new InputProblem(file, null, null,
					"Tệp lớn hơn giới hạn (" + LIMITS + "): hãy chia nhỏ hoặc bỏ các trang tính không dùng")));
		}
		XlsFormReader reader = new XlsFormReader(file, components);
		try (Workbook workbook = WorkbookFactory.create(new LimitedInput(in, MAX_BYTES))) {
			return reader.read(workbook);
		}
		catch (BadInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new BadInputException(List.of(new InputProblem(reader.file, null, null,
					"Không đọc được tệp XLSForm: cần một tệp Excel .xlsx (" + LIMITS + ")")));
		}
	}

	private QuestionnaireContent read(Workbook workbook) {
		Table survey = table(workbook, "survey", true);
		Table choiceSheet = table(workbook, "choices", false);
		Table settingSheet = table(workbook, "settings", false);
		Table indicatorSheet = table(workbook, "ddci_indicators", false);
		problems.refuseIfAny();
		Map<String, List<Choice>> lists = choices(choiceSheet);
		Map<String, IndicatorInput> indicators = indicators(indicatorSheet);
		List<QuestionDraft> questions = questions(survey, lists, indicators);
		Map<String, String> settings = settings(settingSheet);
		problems.refuseIfAny();
		String title = settings.remove("form_title");
		String version = settings.remove("version");
		List<Choice> used = new ArrayList<>();
		lists.values().forEach(used::addAll);
		return new QuestionnaireContent(title == null || title.isBlank() ? titleFromFile() : clip(title, 255),
				version == null || version.isBlank() ? "1" : clip(version, SurveyLimits.VERSION_MAX), settings,
				List.copyOf(indicators.values()), questions, used);
	}

	// ---- sheets ----

	/** A sheet's header (lower case, as written) and rows, within the limits. */
	private record Table(String sheet, List<String> header, List<List<String>> rows) {

		int column(String... names) {
			for (String name : names) {
				int at = header.indexOf(name);
				if (at >= 0) {
					return at;
				}
			}
			return -1;
		}

		/**
		 * The label column: Vietnamese when the form has several languages, else the
		 * plain one, else the first language.
		 */
		int labelColumn() {
			for (int i = 0; i < header.size(); i++) {
				String h = header.get(i);
				if (h.startsWith("label::") && (h.contains("(vi)") || h.contains("vietnam"))) {
					return i;
				}
			}
			int plain = header.indexOf("label");
			if (plain >= 0) {
				return plain;
			}
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).startsWith("label::")) {
					return i;
				}
			}
			return -1;
		}

		String headerName(int column) {
			return column < 0 ? "" : header.get(column);
		}
	}

	private Table table(Workbook workbook, String name, boolean required) {
		Sheet sheet = null;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.getSheetName(i).strip().equalsIgnoreCase(name)) {
				sheet = workbook.getSheetAt(i);
			}
		}
		if (sheet == null) {
			if (required) {
				problems.add("thiếu trang tính", new InputProblem(file, null, null,
						"Thiếu trang tính “" + name + "” (XLSForm cần các trang survey, choices, settings)"));
			}
			return new Table(name, List.of(), List.of());
		}
		if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
			problems.add("trang tính quá dài", new InputProblem(where(name), null, null, "Trang tính có hơn "
					+ VietnameseFormat.integer(MAX_ROWS) + " dòng (" + LIMITS + "): không đọc trang này"));
			return new Table(name, List.of(), List.of());
		}
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			rows.add(cells(sheet.getRow(r), MAX_COLUMNS));
		}
		List<String> header = rows.isEmpty() ? List.of()
				: rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
		// "list name" of older KoboToolbox exports is list_name.
		return new Table(name, header, rows.isEmpty() ? List.of() : rows.subList(1, rows.size()));
	}

	/** A row's cell texts up to the column limit (also the sample file's reader). */
	static List<String> cells(Row row, int maxColumns) {
		List<String> values = new ArrayList<>();
		if (row != null && row.getLastCellNum() > 0) {
			int cells = Math.min(row.getLastCellNum(), maxColumns);
			for (int c = 0; c < cells; c++) {
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

	// ---- choices ----

	private Map<String, List<Choice>> choices(Table table) {
		Map<String, List<Choice>> lists = new LinkedHashMap<>();
		if (table.header().isEmpty()) {
			return lists;
		}
		int list = table.column("list_name");
		int name = table.column("name");
		int label = table.labelColumn();
		if (missingColumns(table, list, "list_name", name, "name", label, "label")) {
			return lists;
		}
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			int line = r + 2;
			if (blank(row)) {
				continue;
			}
			String listName = cell(row, list);
			String choiceName = cell(row, name);
			String choiceLabel = cell(row, label);
			if (!XML_NAME.matcher(listName).matches() || listName.length() > SurveyLimits.NAME_MAX) {
				problem(table, line, list, "Tên danh sách “" + InputProblems.quote(listName)
						+ "” không hợp lệ: bắt đầu bằng chữ hoặc _, không dấu cách, tối đa 64 ký tự");
				continue;
			}
			if (choiceName.isEmpty() || choiceName.chars().anyMatch(Character::isWhitespace)
					|| choiceName.length() > SurveyLimits.NAME_MAX) {
				problem(table, line, name, "Tên lựa chọn “" + InputProblems.quote(choiceName)
						+ "” không hợp lệ: không được trống, không dấu cách, tối đa 64 ký tự");
				continue;
			}
			if (choiceLabel.isEmpty() || choiceLabel.length() > SurveyLimits.CHOICE_LABEL_MAX) {
				problem(table, line, label, "Nhãn lựa chọn cần từ 1 đến 500 ký tự");
				continue;
			}
			List<Choice> choices = lists.computeIfAbsent(listName, l -> new ArrayList<>());
			if (choices.stream().anyMatch(c -> c.name().equals(choiceName))) {
				problem(table, line, name,
						"Lựa chọn “" + choiceName + "” đã có trong danh sách " + listName + " ở dòng trên");
				continue;
			}
			choices.add(new Choice(listName, choiceName, choiceLabel, choices.size() + 1));
		}
		return lists;
	}

	// ---- indicators ----

	private Map<String, IndicatorInput> indicators(Table table) {
		Map<String, IndicatorInput> indicators = new LinkedHashMap<>();
		if (table.header().isEmpty()) {
			return indicators;
		}
		int code = table.column("code");
		int name = table.column("name");
		int component = table.column("component");
		int polarity = table.column("polarity");
		int weight = table.column("weight");
		int aggregation = table.column("aggregation");
		if (missingColumns(table, code, "code", name, "name", component, "component", polarity, "polarity", weight,
				"weight", aggregation, "aggregation")) {
			return indicators;
		}
		Set<String> componentCodes = new HashSet<>();
		components.forEach(c -> componentCodes.add(c.code()));
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			int line = r + 2;
			if (blank(row)) {
				continue;
			}
			int before = (int) problems.count();
			String indicatorCode = cell(row, code);
			if (indicatorCode.isEmpty() || indicatorCode.length() > SurveyLimits.CODE_MAX
					|| !indicatorCode.matches("[A-Za-z0-9_.-]+")) {
				problem(table, line, code, "Mã chỉ tiêu “" + InputProblems.quote(indicatorCode)
						+ "” không hợp lệ: chữ không dấu, chữ số, . _ -, tối đa 32 ký tự");
			}
			else if (indicators.containsKey(indicatorCode.toUpperCase(Locale.ROOT))) {
				problem(table, line, code, "Mã chỉ tiêu " + indicatorCode + " đã có ở dòng trên");
			}
			String indicatorName = cell(row, name);
			if (indicatorName.isEmpty() || indicatorName.length() > SurveyLimits.INDICATOR_NAME_MAX) {
				problem(table, line, name, "Tên chỉ tiêu cần từ 1 đến 500 ký tự");
			}
			String componentCode = cell(row, component);
			if (!componentCodes.contains(componentCode)) {
				problem(table, line, component,
						"Chỉ số thành phần “" + InputProblems.quote(componentCode)
								+ "” không có trong kỳ đánh giá (có: "
								+ String.join(", ", componentCodes.stream().sorted().toList()) + ")");
			}
			Polarity p = polarity(cell(row, polarity));
			if (p == null) {
				problem(table, line, polarity, "Chiều “" + InputProblems.quote(cell(row, polarity))
						+ "” không hợp lệ: THUAN (thuận) hoặc NGHICH (nghịch)");
			}
			Double w = decimal(cell(row, weight));
			if (w == null || w < 0) {
				problem(table, line, weight, "Trọng số “" + InputProblems.quote(cell(row, weight))
						+ "” phải là một số không âm, ví dụ 1 hoặc 0,5");
			}
			Aggregation a = aggregation(cell(row, aggregation));
			if (a == null) {
				problem(table, line, aggregation, "Cách tổng hợp “" + InputProblems.quote(cell(row, aggregation))
						+ "” không hợp lệ: SHARE_FAVOURABLE (tỷ lệ đáp án thuận lợi), MEAN (trung bình) hoặc MEDIAN (trung vị)");
			}
			if (problems.count() == before) {
				indicators.put(indicatorCode.toUpperCase(Locale.ROOT),
						new IndicatorInput(indicatorCode, indicatorName, componentCode, p, w, a));
			}
		}
		return indicators;
	}

	private static Polarity polarity(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "thuan", "thuận", "positive", "+" -> Polarity.THUAN;
			case "nghich", "nghịch", "negative", "-" -> Polarity.NGHICH;
			default -> null;
		};
	}

	private static Aggregation aggregation(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "share_favourable", "share_favorable", "share" -> Aggregation.SHARE_FAVOURABLE;
			case "mean" -> Aggregation.MEAN;
			case "median" -> Aggregation.MEDIAN;
			default -> null;
		};
	}

	private static Double decimal(String text) {
		try {
			return Double.valueOf(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// ---- questions ----

	private List<QuestionDraft> questions(Table table, Map<String, List<Choice>> lists,
			Map<String, IndicatorInput> indicators) {
		List<QuestionDraft> questions = new ArrayList<>();
		if (table.header().isEmpty()) {
			return questions;
		}
		int type = table.column("type");
		int name = table.column("name");
		int label = table.labelColumn();
		if (missingColumns(table, type, "type", name, "name", label, "label")) {
			return questions;
		}
		int required = table.column("required");
		int relevant = table.column("relevant");
		int indicator = table.column("ddci_indicator");
		int favourable = table.column("ddci_favourable");
		int unit = table.column("ddci_unit");
		int ddciType = table.column("ddci_type");
		Set<String> names = new HashSet<>();
		int depth = 0;
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			int line = r + 2;
			if (blank(row)) {
				continue;
			}
			String[] typeWords = cell(row, type).strip().split("\\s+");
			String kind = typeWords[0].toLowerCase(Locale.ROOT);
			if (kind.equals("begin_group")
					|| kind.equals("begin") && typeWords.length > 1 && typeWords[1].equalsIgnoreCase("group")) {
				depth++;
				continue;
			}
			if (kind.equals("end_group")
					|| kind.equals("end") && typeWords.length > 1 && typeWords[1].equalsIgnoreCase("group")) {
				if (--depth < 0) {
					problem(table, line, type, "end_group không có begin_group tương ứng phía trên");
					depth = 0;
				}
				continue;
			}
			if (kind.equals("note") || METADATA.contains(kind)) {
				continue;
			}
			String questionName = cell(row, name);
			String questionLabel = cell(row, label);
			int before = (int) problems.count();
			if (!XML_NAME.matcher(questionName).matches() || questionName.length() > SurveyLimits.NAME_MAX) {
				problem(table, line, name, "Tên câu hỏi “" + InputProblems.quote(questionName)
						+ "” không hợp lệ: bắt đầu bằng chữ hoặc _, chỉ chữ không dấu, chữ số, . _ -, tối đa 64 ký tự");
			}
			else if (!names.add(questionName)) {
				problem(table, line, name, "Tên câu hỏi " + questionName + " đã có ở dòng trên");
			}
			if (questionLabel.isEmpty() || questionLabel.length() > SurveyLimits.LABEL_MAX) {
				problem(table, line, label, "Nội dung câu hỏi cần từ 1 đến 1.000 ký tự");
			}
			String listName = null;
			AnswerType answerType = null;
			if ((kind.equals("select_one") || kind.equals("select_multiple")) && typeWords.length == 2) {
				listName = typeWords[1];
				List<Choice> choices = lists.get(listName);
				if (choices == null) {
					problem(table, line, type, "Danh sách lựa chọn " + InputProblems.quote(listName)
							+ " không có trong trang tính choices");
				}
				else {
					answerType = choiceType(kind, choices, cell(row, ddciType));
				}
			}
			else if ((kind.equals("integer") || kind.equals("decimal")) && typeWords.length == 1) {
				String unitText = cell(row, unit).toLowerCase(Locale.ROOT);
				answerType = switch (unitText) {
					case "days", "day", "ngay", "ngày" -> AnswerType.DAYS;
					case "money", "vnd", "tien", "tiền" -> AnswerType.MONEY;
					default -> null;
				};
				if (answerType == null) {
					problem(table, line, unit < 0 ? "ddci_unit" : table
						.headerName(unit), "Câu hỏi số cần cột ddci_unit là days (số ngày) hoặc money (số tiền)"
								+ (unitText.isEmpty() ? "" : ", không phải “" + InputProblems.quote(unitText) + "”"));
				}
			}
			else if (kind.equals("text") && typeWords.length == 1) {
				answerType = AnswerType.TEXT;
			}
			else {
				problem(table, line, type, "Loại câu hỏi “" + InputProblems.quote(cell(row, type))
						+ "” chưa được hỗ trợ (dùng select_one, select_multiple, integer, decimal, text, note, begin_group, end_group)");
			}
			Boolean isRequired = required(cell(row, required));
			if (isRequired == null) {
				problem(table, line, required, "Cột required chỉ nhận yes/true hoặc no/false, không phải “"
						+ InputProblems.quote(cell(row, required)) + "”");
			}
			String relevance = cell(row, relevant);
			if (relevance.length() > SurveyLimits.LABEL_MAX) {
				problem(table, line, relevant, "Điều kiện relevant dài quá 1.000 ký tự");
			}
			String indicatorCode = cell(row, indicator);
			IndicatorInput scoredInto = indicatorCode.isEmpty() ? null
					: indicators.get(indicatorCode.toUpperCase(Locale.ROOT));
			if (!indicatorCode.isEmpty() && scoredInto == null) {
				problem(table, line, indicator, "Chỉ tiêu " + InputProblems.quote(indicatorCode)
						+ " không có trong trang tính ddci_indicators");
			}
			List<String> favourableAnswers = ChoiceText.favourable(cell(row, favourable));
			if (answerType != null && problems.count() == before) {
				List<Choice> choices = listName == null ? List.of() : lists.get(listName);
				for (QuestionRules.Problem p : QuestionRules.check(answerType, choices,
						scoredInto == null ? null : scoredInto.code(),
						scoredInto == null ? null : scoredInto.aggregation(), favourableAnswers)) {
					String column = switch (p.place()) {
						case CHOICES -> table.headerName(type);
						case INDICATOR -> "ddci_indicator";
						case FAVOURABLE -> "ddci_favourable";
					};
					problems.add(column, new InputProblem(where(table.sheet()), line, column, p.message()));
				}
			}
			if (problems.count() == before) {
				questions.add(new QuestionDraft(questionName, questionLabel, answerType, listName,
						Boolean.TRUE.equals(isRequired), scoredInto == null ? null : scoredInto.code(),
						favourableAnswers, relevance.isEmpty() ? null : relevance));
			}
		}
		if (depth > 0) {
			problems.add("nhóm chưa đóng", new InputProblem(where(table.sheet()), null, table.headerName(type),
					"Có " + depth + " begin_group chưa có end_group"));
		}
		if (questions.isEmpty() && problems.isEmpty()) {
			problems.add("không có câu hỏi",
					new InputProblem(where(table.sheet()), null, null, "Trang tính survey không có câu hỏi nào"));
		}
		return questions;
	}

	/**
	 * A Likert scale when the list is 1..5 (or the row says {@code ddci_type=likert}),
	 * yes or no when the list is exactly yes and no.
	 */
	private static AnswerType choiceType(String kind, List<Choice> choices, String ddciType) {
		if (kind.equals("select_multiple")) {
			return AnswerType.MULTIPLE_CHOICE;
		}
		List<String> names = choices.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
		if (ddciType.equalsIgnoreCase("likert") || names.equals(List.of("1", "2", "3", "4", "5"))) {
			return AnswerType.LIKERT_5;
		}
		if (names.size() == 2 && names.containsAll(List.of("yes", "no"))) {
			return AnswerType.YES_NO;
		}
		return AnswerType.SINGLE_CHOICE;
	}

	private static Boolean required(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "", "no", "false", "false()", "0" -> false;
			case "yes", "true", "true()", "1" -> true;
			default -> null;
		};
	}

	// ---- settings ----

	private Map<String, String> settings(Table table) {
		Map<String, String> settings = new LinkedHashMap<>();
		if (table.header().isEmpty() || table.rows().isEmpty()) {
			return settings;
		}
		List<String> row = table.rows().get(0);
		for (int c = 0; c < table.header().size(); c++) {
			String value = cell(row, c);
			String key = table.header().get(c);
			if (!key.isEmpty() && !value.isEmpty()) {
				if (value.length() > SurveyLimits.TITLE_MAX) {
					problem(table, 2, c, "Giá trị quá dài (tối đa 255 ký tự)");
				}
				settings.put(key, value);
			}
		}
		return settings;
	}

	// ---- helpers ----

	private boolean missingColumns(Table table, Object... columnAndName) {
		boolean missing = false;
		for (int i = 0; i < columnAndName.length; i += 2) {
			if ((int) columnAndName[i] < 0) {
				problems.add("thiếu cột", new InputProblem(where(table.sheet()), 1, (String) columnAndName[i + 1],
						"Thiếu cột " + columnAndName[i + 1] + " ở dòng tiêu đề"));
				missing = true;
			}
		}
		return missing;
	}

	private void problem(Table table, int line, int column, String message) {
		problem(table, line, table.headerName(column), message);
	}

	private void problem(Table table, int line, String column, String message) {
		problems.add(column, () -> new InputProblem(where(table.sheet()), line, column, message));
	}

	private String where(String sheet) {
		return file + ", trang tính " + sheet;
	}

	private static boolean blank(List<String> row) {
		return row.stream().allMatch(String::isBlank);
	}

	private static String cell(List<String> row, int column) {
		return column < 0 || column >= row.size() ? "" : row.get(column).strip();
	}

	private String titleFromFile() {
		String name = file.replaceAll("\\.[A-Za-z]+$", "");
		return clip(name, SurveyLimits.TITLE_MAX);
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** Stops reading past the limit, whatever size the upload declared. */
	/**
	 * A stream that fails once more than its limit has been read (the response reader
	 * too).
	 */
	static final class LimitedInput extends java.io.FilterInputStream {

		private long left;

		LimitedInput(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && --left < 0) {
				throw new IOException("Longer than the limit");
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0 && (left -= n) < 0) {
				throw new IOException("Longer than the limit");
			}
			return n;
		}

	}

}
