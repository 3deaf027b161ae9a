package vn.ddcihub.survey.domain;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.CsvCells;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.VietnameseFormat;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * Reads a file of survey responses (phiếu trả lời) exported by KoboToolbox, ODK Central,
 * LimeSurvey or Google Forms, or a spreadsheet with one column per question name, as CSV
 * (UTF-8 with or without BOM, separated by {@code ,} {@code ;} or tab, as the header row
 * uses most) or XLSX (first sheet, streamed). Plain Java without Spring or a database:
 * the analysts' command line reads files with it too.
 *
 * <p>
 * Each row is one business's answers about one assessed unit, named in a unit column
 * ({@code don_vi}, {@code ma_don_vi}, {@code unit}, {@code unit_code}, a label starting
 * "Đơn vị", or the column chosen) by code or name. Columns are matched to questions by
 * name, then label, ignoring case; group paths ({@code grp/q1} of KoboToolbox,
 * {@code grp-q1} of ODK Central) and LimeSurvey's {@code q1[SQ001]} sub-question columns
 * and "q1. text" headings are understood. A multiple choice comes as one cell of choices
 * separated by a space (KoboToolbox, ODK), ", " (Google Forms) or the separator chosen,
 * or as one column per choice marked 1/Y (KoboToolbox {@code q/choice}, LimeSurvey); the
 * per-choice columns are ignored when the question's own column is there. Every answer is
 * read by {@link Answers#read}, the one reader of answers.
 *
 * <p>
 * Problems carry file, row and column: errors (unknown choice, value out of range,
 * unknown or missing unit, the same submission about the same unit twice or already
 * stored, a required question left empty — only when it is asked unconditionally, as skip
 * logic is not evaluated here) refuse the file; warnings (columns that match no question
 * and are not a tool's metadata, questions without a column) do not. Both lists are
 * capped by {@link InputProblems}; the file is at most {@value #MAX_BYTES} bytes,
 * {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns, and an XLSX at most
 * {@value #MAX_UNZIPPED} bytes once unzipped, so a hostile file costs a bounded amount of
 * memory and time.
 */
public final class ResponseFileReader {

	/**
	 * Largest file accepted, in bytes (also the upload limit of the page and the API).
	 */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Most response rows one file may hold. */
	public static final int MAX_ROWS = 20_000;

	/** Most columns (questions, per-choice columns and metadata) a file may have. */
	public static final int MAX_COLUMNS = 1_000;

	/** Most bytes an XLSX may unzip to, all its parts together. */
	static final long MAX_UNZIPPED = 160L * 1024 * 1024;

	/**
	 * Most bytes of an XLSX's shared strings (held in memory while the sheet streams).
	 */
	static final long MAX_SHARED_STRINGS = 16L * 1024 * 1024;

	/** The limits as the import page and the API documentation state them. */
	public static final String LIMITS = "tối đa 10 MB, 20.000 dòng trả lời và 1.000 cột mỗi tệp";

	/** Header names of the unit column looked for when none is chosen. */
	public static final List<String> UNIT_COLUMNS = List.of("don_vi", "ma_don_vi", "unit", "unit_code");

	/** Longest submission id stored ({@code survey_response.respondent_ref}). */
	static final int REF_MAX = 128;

	/** Columns naming the submission, in the order looked for. */
	private static final List<String> REF_COLUMNS = List.of("_uuid", "key", "meta/instanceid", "meta-instanceid",
			"instanceid", "response id", "respondent_ref", "ma_phieu", "id", "_id");

	/** Columns the survey tools add around the answers: read past without a warning. */
	private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "username", "phonenumber",
			"subscriberid", "simserial", "audit", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
			"_status", "_submitted_by", "__version__", "_version_", "_tags", "_index", "_parent_index",
			"_parent_table_name", "_submission__id", "_xform_id_string", "_attachments", "_geolocation",
			"meta/instanceid", "meta/instancename", "meta/rootuuid", "meta/deprecatedid", "formhub/uuid", "instanceid",
			"submissiondate", "key", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected",
			"status", "reviewstate", "edits", "formversion", "meta-instanceid", "meta-instancename", "id", "token",
			"submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl",
			"interviewtime", "response id", "date submitted", "last page", "start language", "date started",
			"date last action", "ip address", "referrer url", "total time", "timestamp", "dấu thời gian",
			"email address", "địa chỉ email", "email", "score", "điểm", "respondent_ref", "ma_phieu", "stt");

	private static final Set<String> SELECTED = Set.of("1", "1.0", "1,0", "y", "yes", "true", "có", "x", "đúng");

	private static final Set<String> NOT_SELECTED = Set.of("0", "0.0", "0,0", "n", "no", "false", "không", "sai", "");

	private static final Pattern SUB_QUESTION = Pattern.compile("^(.+?)\\s*\\[(.+)]$");

	private static final Pattern CODE_AND_TEXT = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)\\.\\s+.+$");

	private static final Pattern NUMBERED = Pattern.compile("^[A-Za-z]*0*(\\d+)$");

	private static final int FIRST_LINE_MAX = 1 << 16;

	private ResponseFileReader() {
	}

	/** The assessed units a row may name: a unit code for a code or a name. */
	@FunctionalInterface
	public interface UnitLookup {

		Optional<String> code(String codeOrName);

		/** Units given as code → name; codes and names matched ignoring case. */
		static UnitLookup of(Map<String, String> namesByCode) {
			Map<String, String> byKey = new HashMap<>();
			namesByCode.forEach((code, name) -> {
				if (name != null) {
					byKey.putIfAbsent(key(name), code);
				}
			});
			namesByCode.keySet().forEach(code -> byKey.put(key(code), code));
			return text -> Optional.ofNullable(byKey.get(key(text)));
		}

	}

	/**
	 * How to read a file.
	 *
	 * @param source the tool that exported it; null to tell from its columns
	 * @param separator between the choices of a multiple choice in one cell; null or
	 * empty for the tool's own (", " for Google Forms, a space otherwise)
	 * @param unitColumn the header of the unit column; null or blank for the usual ones
	 */
	public record Options(ResponseSource source, String separator, String unitColumn) {

		public static Options detect() {
			return new Options(null, null, null);
		}

	}

	/**
	 * What a file holds: the responses read (only meaningful when there is no error),
	 * counts of good rows per unit code, and the problems listed (capped, with a last
	 * line counting the others) and counted.
	 */
	public record Result(String file, ResponseSource source, List<NewResponse> responses,
			Map<String, Integer> countsByUnit, int rows, List<InputProblem> errors, long errorCount,
			List<InputProblem> warnings, long warningCount) {

		public boolean ok() {
			return errorCount == 0;
		}

		/** The errors as the rejection the pages and the API show. */
		public BadInputException rejection() {
			return new BadInputException(errors, errorCount);
		}

	}

	/**
	 * Reads a file whole; never throws for what the file holds (a file that cannot be
	 * read at all is one error).
	 * @param storedRefs {@link ResponseRepository#refKey} of the submissions already
	 * stored for the questionnaire
	 */
	public static Result read(String fileName, InputStream content, Questionnaire questionnaire, UnitLookup units,
			Set<String> storedRefs, Options options) {
		String file = fileName == null || fileName.isBlank() ? "phiếu trả lời" : fileName.strip();
		Reading reading = new Reading(file, questionnaire, units, storedRefs,
				options == null ? Options.detect() : options);
		BufferedInputStream in = new BufferedInputStream(content);
		try {
			if (isXlsx(file, in)) {
				xlsxRows(file, in, reading);
			}
			else {
				csvRows(in, reading);
			}
		}
		catch (StopReading stop) {
			// the limit was reached and said as an error
		}
		catch (UnzipsTooLarge e) {
			reading.fail("Không đọc được tệp: tệp Excel giải nén ra hơn "
					+ VietnameseFormat.integer(MAX_UNZIPPED / 1024 / 1024) + " MB (" + LIMITS
					+ "): hãy lưu lại tệp chỉ với trang tính phiếu trả lời");
		}
		catch (CharacterCodingException e) {
			reading.fail("Tệp không phải văn bản UTF-8 (có thể đã lưu bằng bảng mã Windows-1258, TCVN3 hoặc VNI): "
					+ "lưu tệp dưới dạng CSV UTF-8 hoặc Excel .xlsx rồi nhập lại");
		}
		catch (IOException | RuntimeException e) {
			reading.fail("Không đọc được tệp: chỉ nhận CSV (UTF-8) hoặc Excel .xlsx (" + LIMITS + ")"
					+ (reading.rowNumber > 0 ? "; tệp hỏng sau dòng " + reading.rowNumber : ""));
		}
		return reading.result();
	}

	/** Thrown from inside a row callback to stop at a limit. */
	private static final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}

	}

	/** What a column holds. */
	private record ChoiceColumn(int column, String choiceName) {
	}

	/** One pass over a file: the header, then each row checked as it comes. */
	private static final class Reading {

		private final String file;

		private final Questionnaire questionnaire;

		private final UnitLookup units;

		private final Set<String> storedRefs;

		private final Options options;

		private final InputProblems errors;

		private final InputProblems warnings;

		/**
		 * What stopped the reading (a limit, an unreadable file): always listed first.
		 */
		private final List<InputProblem> fatal = new ArrayList<>();

		private final List<NewResponse> responses = new ArrayList<>();

		private final Map<String, Integer> countsByUnit = new TreeMap<>();

		private final Map<String, Integer> seenRefs = new HashMap<>();

		private final Map<Question, Integer> questionColumns = new LinkedHashMap<>();

		private final Map<Question, List<ChoiceColumn>> choiceColumns = new LinkedHashMap<>();

		private final Map<String, List<Choice>> choicesOf = new HashMap<>();

		private List<String> header;

		private ResponseSource source;

		private String separator;

		private int unitColumn = -1;

		private int refColumn = -1;

		private int timestampColumn = -1;

		private int emailColumn = -1;

		private int rowNumber;

		private int dataRows;

		Reading(String file, Questionnaire questionnaire, UnitLookup units, Set<String> storedRefs, Options options) {
			this.file = file;
			this.questionnaire = questionnaire;
			this.units = units;
			this.storedRefs = storedRefs == null ? Set.of() : storedRefs;
			this.options = options;
			this.errors = new InputProblems(file);
			this.warnings = new InputProblems(file);
			for (Question question : questionnaire.questions()) {
				choicesOf.put(question.name(),
						question.choiceList() == null ? List.of() : questionnaire.choices(question.choiceList()));
			}
		}

		void fail(String message) {
			fatal.add(InputProblem.at(file, Math.max(rowNumber, 1), null, message));
		}

		/** One row of cells as the file gives it; {@code number} counts from 1. */
		void row(int number, List<String> cells) {
			rowNumber = number;
			if (header == null) {
				if (cells.stream().anyMatch(c -> !c.isBlank())) {
					readHeader(cells);
				}
				return;
			}
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (++dataRows > MAX_ROWS) {
				fatal.add(InputProblem.at(file, number, null, "Tệp có hơn " + VietnameseFormat.integer(MAX_ROWS)
						+ " dòng trả lời (" + LIMITS + "): hãy chia tệp. Các dòng từ dòng này trở đi không được đọc"));
				throw new StopReading();
			}
			readRow(number, cells);
		}

		private void readHeader(List<String> cells) {
			header = cells.stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
			int at = rowNumber;
			if (header.size() > MAX_COLUMNS) {
				fatal.add(InputProblem.at(file, at, null, "Dòng tiêu đề có " + VietnameseFormat.integer(header.size())
						+ " cột (" + LIMITS + "): hãy bỏ các cột không dùng"));
				throw new StopReading();
			}
			Set<String> lower = new HashSet<>();
			header.forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
			source = options.source() != null ? options.source() : detect(lower);
			separator = options.separator() != null && !options.separator().isEmpty() ? options.separator()
					: source == ResponseSource.GOOGLE_FORMS ? ", " : " ";
			findUnitColumn();
			refColumn = firstOf(REF_COLUMNS);
			timestampColumn = firstOf(List.of("timestamp", "dấu thời gian", "submissiondate", "_submission_time"));
			emailColumn = firstOf(List.of("email address", "địa chỉ email", "email"));
			for (int c = 0; c < header.size(); c++) {
				if (c == unitColumn || header.get(c).isEmpty()) {
					continue;
				}
				matchColumn(c, at);
			}
			if (unitColumn < 0) {
				String wanted = blank(options.unitColumn()) ? String.join(", ", UNIT_COLUMNS)
						: options.unitColumn().strip();
				errors.add("thiếu cột đơn vị", InputProblem.at(file, at, null,
						"Không có cột đơn vị được đánh giá (" + wanted + ", hoặc tiêu đề bắt đầu bằng “Đơn vị”)"));
			}
			for (Question question : questionnaire.questions()) {
				if (questionColumns.containsKey(question) || choiceColumns.containsKey(question)) {
					continue;
				}
				if (mustAnswer(question)) {
					errors.add("thiếu cột câu bắt buộc", InputProblem.at(file, at, question.name(),
							"Thiếu cột của câu hỏi bắt buộc " + question.name() + " (" + clip(question.label()) + ")"));
				}
				else {
					warnings.add("câu hỏi không có cột", InputProblem.at(file, at, question.name(),
							"Không có cột cho câu hỏi " + question.name() + ": câu này để trống"));
				}
			}
			// Per-choice columns count only when the question's own column is missing.
			choiceColumns.keySet().removeIf(questionColumns::containsKey);
		}

		private static ResponseSource detect(Set<String> headers) {
			if (headers.contains("_uuid") || headers.contains("_submission_time") || headers.contains("_index")) {
				return ResponseSource.KOBO;
			}
			if (headers.contains("key")
					&& (headers.contains("submissiondate") || headers.contains("meta-instanceid"))) {
				return ResponseSource.ODK;
			}
			if (headers.contains("submitdate") || headers.contains("date submitted") || headers.contains("lastpage")
					|| headers.contains("startlanguage") || headers.contains("response id")) {
				return ResponseSource.LIMESURVEY;
			}
			if (headers.contains("timestamp") || headers.contains("dấu thời gian")) {
				return ResponseSource.GOOGLE_FORMS;
			}
			return ResponseSource.SPREADSHEET;
		}

		private void findUnitColumn() {
			List<String> wanted = blank(options.unitColumn()) ? UNIT_COLUMNS
					: List.of(options.unitColumn().strip().toLowerCase(Locale.ROOT));
			for (String name : wanted) {
				for (int c = 0; c < header.size(); c++) {
					String h = header.get(c).toLowerCase(Locale.ROOT);
					if (h.equals(name) || h.endsWith("/" + name) || h.endsWith("-" + name)) {
						unitColumn = c;
						return;
					}
				}
			}
			if (!blank(options.unitColumn())) {
				return;
			}
			for (int c = 0; c < header.size(); c++) {
				String h = header.get(c).toLowerCase(Locale.ROOT);
				if (h.startsWith("đơn vị") && resolve(header.get(c)) == null) {
					unitColumn = c;
					return;
				}
			}
		}

		private int firstOf(List<String> names) {
			for (String name : names) {
				for (int c = 0; c < header.size(); c++) {
					if (header.get(c).equalsIgnoreCase(name)) {
						return c;
					}
				}
			}
			return -1;
		}

		private void matchColumn(int c, int at) {
			String h = header.get(c);
			Question question = resolve(h);
			if (question != null) {
				Integer before = questionColumns.putIfAbsent(question, c);
				if (before != null) {
					errors.add("cột lặp lại", InputProblem.at(file, at, h, "Câu hỏi " + question.name()
							+ " có hai cột: “" + clip(header.get(before)) + "” và “" + clip(h) + "”"));
				}
				return;
			}
			ChoiceColumn choice = choiceColumn(c, h);
			if (choice != null) {
				return;
			}
			if (c == refColumn || c == timestampColumn || c == emailColumn
					|| METADATA.contains(h.toLowerCase(Locale.ROOT)) || isToolColumn(h)) {
				return;
			}
			warnings.add("cột không khớp câu hỏi", InputProblem.at(file, at, h,
					"Cột “" + clip(h) + "” không khớp câu hỏi nào của bảng hỏi (tên hoặc nhãn): bỏ qua"));
		}

		/** LimeSurvey timings, KoboToolbox group metadata: no warning. */
		private static boolean isToolColumn(String h) {
			String lower = h.toLowerCase(Locale.ROOT);
			return lower.endsWith("time") && lower.contains("group") || lower.startsWith("meta/")
					|| lower.startsWith("meta-") || lower.startsWith("_");
		}

		/** The question a header names, by name, label, group path or LimeSurvey code. */
		private Question resolve(String h) {
			Question direct = byNameOrLabel(h);
			if (direct != null) {
				return direct;
			}
			Matcher coded = CODE_AND_TEXT.matcher(h);
			if (coded.matches()) {
				Question byCode = byName(coded.group(1));
				if (byCode != null) {
					return byCode;
				}
			}
			int slash = h.lastIndexOf('/');
			if (slash >= 0 && slash < h.length() - 1) {
				Question last = byNameOrLabel(h.substring(slash + 1).strip());
				if (last != null) {
					return last;
				}
			}
			return byGroupPrefix(h);
		}

		/** ODK Central writes {@code grp-sub-q1}: the name after some group prefixes. */
		private Question byGroupPrefix(String h) {
			for (int dash = h.indexOf('-'); dash >= 0 && dash < h.length() - 1; dash = h.indexOf('-', dash + 1)) {
				Question question = byName(h.substring(dash + 1));
				if (question != null) {
					return question;
				}
			}
			return null;
		}

		private Question byNameOrLabel(String text) {
			Question byName = byName(text);
			if (byName != null) {
				return byName;
			}
			String wanted = collapse(text);
			for (Question question : questionnaire.questions()) {
				if (question.label() != null && collapse(question.label()).equalsIgnoreCase(wanted)) {
					return question;
				}
			}
			return null;
		}

		private Question byName(String text) {
			for (Question question : questionnaire.questions()) {
				if (question.name().equalsIgnoreCase(text.strip())) {
					return question;
				}
			}
			return null;
		}

		/**
		 * {@code q/choice} (KoboToolbox, ODK) or {@code q[SQ001]} (LimeSurvey) of a
		 * multiple choice; the sub-question code names a choice or its position.
		 */
		private ChoiceColumn choiceColumn(int c, String h) {
			String questionPart;
			String choicePart;
			Matcher sub = SUB_QUESTION.matcher(h);
			if (sub.matches()) {
				questionPart = sub.group(1);
				choicePart = sub.group(2).strip();
			}
			else {
				int slash = h.lastIndexOf('/');
				if (slash <= 0 || slash == h.length() - 1) {
					return null;
				}
				questionPart = h.substring(0, slash);
				choicePart = h.substring(slash + 1).strip();
			}
			Question question = resolve(questionPart.strip());
			if (question == null || question.type() != AnswerType.MULTIPLE_CHOICE) {
				return null;
			}
			String choiceName = choiceNamed(choicesOf.get(question.name()), choicePart);
			if (choiceName == null) {
				return null;
			}
			ChoiceColumn column = new ChoiceColumn(c, choiceName);
			choiceColumns.computeIfAbsent(question, q -> new ArrayList<>()).add(column);
			return column;
		}

		private static String choiceNamed(List<Choice> choices, String text) {
			for (Choice choice : choices) {
				if (choice.name().equalsIgnoreCase(text) || collapse(choice.label()).equalsIgnoreCase(collapse(text))) {
					return choice.name();
				}
			}
			Matcher numbered = NUMBERED.matcher(text);
			if (numbered.matches()) {
				int position = Integer.parseInt(numbered.group(1));
				if (position >= 1 && position <= choices.size()) {
					return choices.get(position - 1).name();
				}
			}
			return null;
		}

		private void readRow(int number, List<String> cells) {
			long before = errors.count();
			String unit = unit(number, cells);
			String ref = respondentRef(number, cells, unit);
			Map<String, Object> answers = new LinkedHashMap<>();
			for (Question question : questionnaire.questions()) {
				Integer column = questionColumns.get(question);
				Answers.Read read;
				String where;
				if (column != null) {
					where = header.get(column);
					read = answer(question, cell(cells, column));
				}
				else if (choiceColumns.containsKey(question)) {
					where = header.get(choiceColumns.get(question).get(0).column());
					read = perChoice(question, cells, number);
				}
				else {
					continue;
				}
				if (!read.ok()) {
					String problem = read.problem();
					errors.add(kind(question), () -> InputProblem.at(file, number, where, problem));
				}
				else if (read.value() != null) {
					answers.put(question.name(), read.value());
				}
				else if (mustAnswer(question)) {
					errors.add("câu bắt buộc để trống", () -> InputProblem.at(file, number, where,
							"Câu " + question.name() + " là câu bắt buộc nhưng để trống"));
				}
			}
			if (errors.count() == before && unit != null) {
				responses.add(new NewResponse(unit, ref, answers));
				countsByUnit.merge(unit, 1, Integer::sum);
			}
		}

		private static String kind(Question question) {
			return switch (question.type()) {
				case DAYS, MONEY -> "số không hợp lệ";
				case TEXT -> "câu trả lời quá dài";
				default -> "lựa chọn không có";
			};
		}

		private String unit(int number, List<String> cells) {
			if (unitColumn < 0) {
				return null;
			}
			String text = cell(cells, unitColumn).strip();
			String where = header.get(unitColumn);
			if (text.isEmpty()) {
				errors.add("thiếu đơn vị",
						() -> InputProblem.at(file, number, where, "Thiếu đơn vị được đánh giá (mã hoặc tên đơn vị)"));
				return null;
			}
			Optional<String> code = units.code(text);
			if (code.isEmpty()) {
				errors.add("đơn vị không có trong khối", () -> InputProblem.at(file, number, where, "Đơn vị “"
						+ InputProblems.quote(text) + "” không có trong danh sách đơn vị được đánh giá của khối"));
				return null;
			}
			return code.get();
		}

		/**
		 * The export's submission id; Google Forms has none, so its time stamp (and
		 * e-mail) with a digest of the answers stands for it.
		 */
		private String respondentRef(int number, List<String> cells, String unit) {
			String ref;
			String where;
			if (refColumn >= 0 && !cell(cells, refColumn).isBlank()) {
				ref = cell(cells, refColumn).strip();
				where = header.get(refColumn);
			}
			else if (source == ResponseSource.GOOGLE_FORMS && timestampColumn >= 0
					&& !cell(cells, timestampColumn).isBlank()) {
				where = header.get(timestampColumn);
				String email = emailColumn < 0 ? "" : cell(cells, emailColumn).strip();
				ref = "gf:" + clipTo(cell(cells, timestampColumn).strip(), 40)
						+ (email.isEmpty() ? "" : ":" + clipTo(email, 40)) + ":" + digest(cells);
			}
			else {
				return null;
			}
			if (ref.length() > REF_MAX) {
				errors.add("mã phiếu quá dài", () -> InputProblem.at(file, number, where,
						"Mã phiếu dài quá " + REF_MAX + " ký tự: “" + InputProblems.quote(ref) + "”"));
				return null;
			}
			if (unit == null) {
				return ref;
			}
			String key = ResponseRepository.refKey(ref, unit);
			Integer first = seenRefs.putIfAbsent(key, number);
			if (first != null) {
				errors.add("phiếu trùng", () -> InputProblem.at(file, number, where, "Phiếu “"
						+ InputProblems.quote(ref) + "” về đơn vị " + unit + " lặp lại (đã có ở dòng " + first + ")"));
			}
			else if (storedRefs.contains(key)) {
				errors.add("phiếu đã nhập", () -> InputProblem.at(file, number, where,
						"Phiếu “" + InputProblems.quote(ref) + "” về đơn vị " + unit + " đã được nhập trước đây"));
			}
			return ref;
		}

		private Answers.Read answer(Question question, String raw) {
			List<Choice> choices = choicesOf.get(question.name());
			Answers.Read read = Answers.read(question, choices, raw, separator);
			if (read.ok() || question.type() != AnswerType.MULTIPLE_CHOICE) {
				return read;
			}
			// Labels may hold the separator themselves ("Có, nhưng chậm"): match whole
			// labels.
			List<String> parts = splitByChoices(raw.strip(), choices, separator);
			return parts == null ? read : Answers.readSelected(question, choices, parts);
		}

		private Answers.Read perChoice(Question question, List<String> cells, int number) {
			List<String> selected = new ArrayList<>();
			for (ChoiceColumn column : choiceColumns.get(question)) {
				String value = cell(cells, column.column()).strip().toLowerCase(Locale.ROOT);
				if (SELECTED.contains(value)) {
					selected.add(column.choiceName());
				}
				else if (!NOT_SELECTED.contains(value)) {
					return new Answers.Read(null,
							"Câu " + question.name() + ": ô của lựa chọn " + column.choiceName()
									+ " phải là 1/Y (chọn) hoặc 0/trống (không chọn), không phải “"
									+ InputProblems.quote(value) + "”");
				}
			}
			return Answers.readSelected(question, choicesOf.get(question.name()), selected);
		}

		Result result() {
			if (header == null && errors.isEmpty() && fatal.isEmpty()) {
				errors.add("tệp trống",
						InputProblem.at(file, 1, null, "Tệp không có dòng tiêu đề và phiếu trả lời nào"));
			}
			else if (header != null && dataRows == 0 && errors.isEmpty() && fatal.isEmpty()) {
				errors.add("tệp trống", InputProblem.at(file, rowNumber + 1, null, "Tệp không có phiếu trả lời nào"));
			}
			List<InputProblem> errorList = new ArrayList<>(fatal);
			if (!errors.isEmpty()) {
				errorList.addAll(errors.rejection().problems());
			}
			long errorCount = errors.count() + fatal.size();
			List<InputProblem> warningList = warnings.isEmpty() ? List.of() : warnings.rejection().problems();
			return new Result(file, source == null ? ResponseSource.SPREADSHEET : source,
					errorCount == 0 ? Collections.unmodifiableList(responses) : List.of(),
					Collections.unmodifiableMap(countsByUnit), dataRows, List.copyOf(errorList), errorCount,
					warningList, warnings.count());
		}

	}

	/** Required and asked of everyone (a {@code relevant} condition is not evaluated). */
	private static boolean mustAnswer(Question question) {
		return question.required() && blank(question.relevant());
	}

	/**
	 * A multiple choice's cell cut into whole choice names or labels separated by
	 * {@code separator}, longest first; null when some part is no choice.
	 */
	static List<String> splitByChoices(String text, List<Choice> choices, String separator) {
		List<String> parts = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			String best = null;
			for (Choice choice : choices) {
				for (String candidate : List.of(choice.name(), choice.label().strip())) {
					int end = at + candidate.length();
					if (!candidate.isEmpty() && text.regionMatches(true, at, candidate, 0, candidate.length())
							&& (end == text.length() || text.startsWith(separator, end))
							&& (best == null || candidate.length() > best.length())) {
						best = candidate;
					}
				}
			}
			if (best == null) {
				return null;
			}
			parts.add(best);
			at += best.length();
			if (at < text.length()) {
				at += separator.length();
			}
		}
		return parts;
	}

	private static String digest(List<String> cells) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String cell : cells) {
				sha.update(cell.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String cell(List<String> cells, int column) {
		return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String key(String text) {
		return collapse(text).toLowerCase(Locale.ROOT);
	}

	private static String collapse(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	private static String clip(String text) {
		return clipTo(text == null ? "" : text, 60);
	}

	private static String clipTo(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max) + "…";
	}

	private static boolean isXlsx(String file, BufferedInputStream in) throws IOException {
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		return zip || file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/**
	 * A CSV read as it streams, strictly as UTF-8; the separator is the one of {@code ;},
	 * {@code ,} and tab the header row uses most outside quotes.
	 */
	private static void csvRows(InputStream in, Reading reading) throws IOException {
		BufferedReader text = new BufferedReader(new InputStreamReader(new XlsFormReader.LimitedInput(in, MAX_BYTES),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				FIRST_LINE_MAX);
		// A byte order mark before a quoted header would keep the quotes in its name.
		text.mark(1);
		if (text.read() != '\uFEFF') {
			text.reset();
		}
		text.mark(FIRST_LINE_MAX);
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0, ch = text.read(); ch >= 0 && i < FIRST_LINE_MAX - 1; i++, ch = text.read()) {
			if (ch == '"') {
				quoted = !quoted;
			}
			else if (!quoted && ch == '\n') {
				break;
			}
			else if (!quoted) {
				semicolons += ch == ';' ? 1 : 0;
				commas += ch == ',' ? 1 : 0;
				tabs += ch == '\t' ? 1 : 0;
			}
		}
		text.reset();
		char delimiter = semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
		try (CSVParser parser = CSVParser.builder()
			.setReader(text)
			.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())
			.get()) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<String> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS + 1));
				for (int c = 0; c < record.size() && c <= MAX_COLUMNS; c++) {
					cells.add(CsvCells.unescape(record.get(c)));
				}
				reading.row(number, cells);
			}
		}
	}

	/**
	 * The first sheet of an XLSX, streamed with POI's event reader from a temporary copy
	 * (so only the shared strings are in memory), after checking how much the file unzips
	 * to.
	 */
	private static void xlsxRows(String file, InputStream in, Reading reading) throws IOException {
		Path copy = Files.createTempFile("ddci-responses", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(copy)) {
				new XlsFormReader.LimitedInput(in, MAX_BYTES).transferTo(out);
			}
			checkUnzippedSize(copy);
			try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
				XSSFReader xssf = new XSSFReader(pkg);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
				XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetsData();
				if (!sheets.hasNext()) {
					return;
				}
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(xssf.getStylesTable(), strings,
							new SheetRows(reading), new DataFormatter(Locale.ROOT), false));
					parser.parse(new InputSource(sheet));
				}
			}
		}
		catch (StopReading stop) {
			throw stop;
		}
		catch (IOException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IOException(e);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** Inflates every part once, counting: a zip bomb stops at the limit. */
	private static void checkUnzippedSize(Path xlsx) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				boolean strings = entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
				long part = 0;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					part += n;
					total += n;
					if (total > MAX_UNZIPPED || strings && part > MAX_SHARED_STRINGS) {
						throw new UnzipsTooLarge();
					}
				}
			}
		}
	}

	/** An XLSX that unzips to more than {@link #MAX_UNZIPPED}. */
	private static final class UnzipsTooLarge extends IOException {

		UnzipsTooLarge() {
			super("Unzips to more than the limit");
		}

	}

	/** Rows of the sheet handed on as lists of cell texts, gaps filled. */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Reading reading;

		private final List<String> cells = new ArrayList<>();

		SheetRows(Reading reading) {
			this.reading = reading;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			reading.row(rowNum + 1, new ArrayList<>(cells));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			if (column > MAX_COLUMNS) {
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

	}

}
