package vn.ddcihub.survey.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.ResponseFileReader;
import vn.ddcihub.survey.domain.ResponseFileReader.Options;
import vn.ddcihub.survey.domain.ResponseFileReader.Result;
import vn.ddcihub.survey.domain.ResponseFileReader.UnitLookup;

/**
 * Reading a KoboToolbox-shaped response file of 10,000 rows × 100 questions about 60
 * units (40 Likert, 20 yes/no, 15 single and 10 multiple choices, 10 numbers of days, 5
 * amounts of money) with {@link ResponseFileReader}, as CSV and as XLSX: the time per
 * file, from which {@code bench/response-import.sh} prints rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class ResponseImportBenchmark {

	public static final int ROWS = 10_000;

	static final int UNITS = 60;

	private Questionnaire questionnaire;

	private UnitLookup units;

	private byte[] csv;

	private byte[] xlsx;

	@Setup
	public void setUp() throws IOException {
		List<Choice> choices = new ArrayList<>();
		List<Question> questions = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			choices.add(new Choice("likert", String.valueOf(i), "Mức " + i, i));
			choices.add(new Choice("kenh", "c" + i, "Lựa chọn " + i, i));
		}
		choices.add(new Choice("kenh", "c6", "Lựa chọn 6", 6));
		choices.add(new Choice("yn", "yes", "Có", 1));
		choices.add(new Choice("yn", "no", "Không", 2));
		for (int q = 0; q < 100; q++) {
			AnswerType type = q < 40 ? AnswerType.LIKERT_5
					: q < 60 ? AnswerType.YES_NO : q < 75 ? AnswerType.SINGLE_CHOICE
							: q < 85 ? AnswerType.MULTIPLE_CHOICE : q < 95 ? AnswerType.DAYS : AnswerType.MONEY;
			String list = switch (type) {
				case LIKERT_5 -> "likert";
				case YES_NO -> "yn";
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> "kenh";
				default -> null;
			};
			questions.add(new Question(q + 1, "q" + (q + 1), "Câu hỏi " + (q + 1), type, list, q == 0, null, List.of(),
					null, q + 1));
		}
		questionnaire = new Questionnaire(1, 2020, Block.DEPARTMENT, "bench", "1", Map.of(), List.of(), questions,
				choices);
		Map<String, String> unitNames = new LinkedHashMap<>();
		for (int u = 1; u <= UNITS; u++) {
			unitNames.put("DV" + u, "Đơn vị " + u);
		}
		units = UnitLookup.of(unitNames);
		List<List<String>> rows = rows(questions);
		csv = csv(rows);
		xlsx = xlsx(rows);
		Result check = read("bench.csv", csv);
		if (!check.ok() || check.responses().size() != ROWS || !read("bench.xlsx", xlsx).ok()) {
			throw new IllegalStateException(
					"The bench file does not read: " + check.errors() + read("bench.xlsx", xlsx).errors());
		}
	}

	private static List<List<String>> rows(List<Question> questions) {
		Random random = new Random(11);
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("start", "end", "grp_dv/don_vi"));
		questions.forEach(q -> header.add("grp/" + q.name()));
		header.addAll(List.of("_id", "_uuid", "_submission_time", "_index"));
		rows.add(header);
		for (int r = 0; r < ROWS; r++) {
			List<String> row = new ArrayList<>(
					List.of("2020-10-01T08:00:00", "2020-10-01T08:15:00", "DV" + (1 + random.nextInt(UNITS))));
			for (Question q : questions) {
				row.add(switch (q.type()) {
					case LIKERT_5 -> String.valueOf(1 + random.nextInt(5));
					case YES_NO -> random.nextBoolean() ? "yes" : "no";
					case SINGLE_CHOICE -> "c" + (1 + random.nextInt(6));
					case MULTIPLE_CHOICE -> "c" + (1 + random.nextInt(3)) + " c" + (4 + random.nextInt(3));
					case DAYS -> String.valueOf(random.nextInt(60));
					default -> String.valueOf(random.nextInt(5_000_000));
				});
			}
			row.addAll(List.of(String.valueOf(r + 1), "uuid-" + r, "2020-10-01T01:15:00", String.valueOf(r + 1)));
			rows.add(row);
		}
		return rows;
	}

	private static byte[] csv(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			text.append(String.join(";", row)).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("ddci");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String value = cells.get(c);
					if (r > 0 && !value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	private Result read(String name, byte[] content) {
		return ResponseFileReader.read(name, new ByteArrayInputStream(content), questionnaire, units, Set.of(),
				Options.detect());
	}

	/** Sizes of the two files, for the script's report. */
	public static void main(String[] args) throws IOException {
		ResponseImportBenchmark bench = new ResponseImportBenchmark();
		bench.setUp();
		System.out.printf("Files: %d rows × 100 questions, CSV %.1f MB, XLSX %.1f MB%n", ROWS,
				bench.csv.length / 1048576.0, bench.xlsx.length / 1048576.0);
	}

	@Benchmark
	public int readCsv() {
		return read("bench.csv", csv).responses().size();
	}

	@Benchmark
	public int readXlsx() {
		return read("bench.xlsx", xlsx).responses().size();
	}

}
