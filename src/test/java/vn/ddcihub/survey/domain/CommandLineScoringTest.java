package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.shared.CsvCells;
import vn.ddcihub.shared.VietnameseFormat;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.ScoreCommand;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * The analysts' command line on the illustrative 2020 questionnaire (exported as XLSForm)
 * and its generated responses (as CSV), without Spring or a database. The files are left
 * in {@code target/demo-cli/} to try the packaged jar on.
 */
class CommandLineScoringTest {

	static final Path FILES = Path.of("target/demo-cli");

	static Path form;

	static Path responses;

	static List<NewResponse> generated;

	static Questionnaire questionnaire;

	@BeforeAll
	static void exportTheDemoSurvey() throws IOException {
		Files.createDirectories(FILES);
		questionnaire = IllustrativeSurveyFixture.questionnaire();
		form = FILES.resolve("bang-hoi-2020.xlsx");
		Files.write(form, XlsFormWriter.write(questionnaire));
		generated = new IllustrativeResponses(questionnaire, IllustrativeSurveyFixture.COMPONENTS,
				IllustrativeResponses.SEED)
			.generate(IllustrativeResponses.shippedLatents());
		responses = FILES.resolve("phieu-2020.csv");
		Files.write(responses, csv(questionnaire, generated));
	}

	/** One row per response: the unit, then each question's answer by its name. */
	static byte[] csv(Questionnaire questionnaire, List<NewResponse> responses) {
		List<String> header = new ArrayList<>(List.of("don_vi"));
		questionnaire.questions().stream().map(Question::name).forEach(header::add);
		List<List<String>> rows = new ArrayList<>();
		for (NewResponse response : responses) {
			List<String> row = new ArrayList<>(List.of(response.unitCode()));
			for (Question question : questionnaire.questions()) {
				row.add(cell(response.answers().get(question.name())));
			}
			rows.add(row);
		}
		return CsvCells.write(',', header, rows);
	}

	private static String cell(Object answer) {
		if (answer == null) {
			return "";
		}
		if (answer instanceof List<?> ticked) {
			return String.join(" ", ticked.stream().map(String::valueOf).toList());
		}
		if (answer instanceof Double number && number == Math.rint(number)) {
			return Long.toString(number.longValue());
		}
		return answer.toString();
	}

	record Outcome(int exitCode, String out, String err) {
	}

	static Outcome score(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ScoreCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void scoresTheFormAndResponsesIntoAWorkbookOfIndicatorsComponentsTotalsRanksAndIntervals(@TempDir Path dir)
			throws IOException {
		Path out = dir.resolve("ket-qua.xlsx");
		Outcome outcome = score("score", "--form", form.toString(), "--responses", responses.toString(), "--out",
				out.toString(), "--bootstrap", "200", "--seed", "42");
		assertThat(outcome.exitCode()).as(outcome.err()).isZero();
		assertThat(outcome.out()).contains("23 đơn vị").contains(VietnameseFormat.integer(generated.size()) + " phiếu");

		SurveyScore expected = IllustrativeSurveyFixture.score(questionnaire, generated,
				IllustrativeSurveyFixture.unitCodes(IllustrativeResponses.shippedLatents()));
		int stnmt = IllustrativeSurveyFixture.unitCodes(IllustrativeResponses.shippedLatents()).indexOf("STNMT");
		try (InputStream in = Files.newInputStream(out); Workbook workbook = WorkbookFactory.create(in)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			Sheet summary = workbook.getSheet("Tổng hợp");
			Row header = summary.getRow(1);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Điểm tổng hợp");
			assertThat(summary.getLastRowNum()).isEqualTo(1 + 23);
			Row row = rowOf(summary, "STNMT");
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(155);
			assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(expected.scores().total(stnmt), within(0.005));
			assertThat(row.getCell(4).getNumericCellValue()).isLessThan(row.getCell(3).getNumericCellValue());
			assertThat(row.getCell(5).getNumericCellValue()).isGreaterThan(row.getCell(3).getNumericCellValue());
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(expected.scores().totalRank(stnmt));
			assertThat(row.getCell(7).getStringCellValue()).matches("\\d+–\\d+");
			Map<String, Double> targets = IllustrativeSurveyFixture.targets();
			assertThat(row.getCell(8).getNumericCellValue()).isCloseTo(targets.get("C1"), within(0.3));

			Sheet raw = workbook.getSheet("Chỉ tiêu (giá trị gốc)");
			assertThat(raw.getRow(1).getCell(1).getStringCellValue()).isEqualTo("C1.1 (% thuận lợi)");
			assertThat(rowOf(raw, "STNMT").getCell(1).getNumericCellValue()).isCloseTo(expected.raw()[stnmt][0] * 100,
					within(0.005));
			assertThat(rowOf(workbook.getSheet("Chỉ tiêu (chuẩn hóa 1–10)"), "STNMT").getCell(1).getNumericCellValue())
				.isCloseTo(expected.scores().normalised()[stnmt][0], within(0.005));
			assertThat(rowOf(workbook.getSheet("Tham số"), "seed").getCell(1).getStringCellValue()).isEqualTo("42");
		}
	}

	@Test
	void theWeightsAndTheMinimumNumberOfResponsesAreTaken(@TempDir Path dir) throws IOException {
		Path out = dir.resolve("ket-qua.xlsx");
		Outcome outcome = score("score", "--form", form.toString(), "--responses", responses.toString(), "--out",
				out.toString(), "--bootstrap", "0", "--min-responses", "150", "--weights", "C1=2,C8=0,5", "--method",
				"rank");
		assertThat(outcome.exitCode()).as(outcome.err()).isZero();
		try (InputStream in = Files.newInputStream(out); Workbook workbook = WorkbookFactory.create(in)) {
			Row stc = rowOf(workbook.getSheet("Tổng hợp"), "STC");
			assertThat(stc.getCell(2).getStringCellValue()).startsWith("Không");
			assertThat(stc.getCell(6) == null ? "" : stc.getCell(6).toString()).as("not ranked with 99 responses")
				.isEmpty();
			assertThat(rowOf(workbook.getSheet("Tham số"), "normalisation").getCell(1).getStringCellValue())
				.isEqualTo("RANK");
			assertThat(
					rowOf(workbook.getSheet("Tham số"), "Trọng số chỉ số thành phần").getCell(1).getStringCellValue())
				.contains("C1=2.0")
				.contains("C2=1.0")
				.contains("C8=0.5");
		}
	}

	@Test
	void aBadResponsesFileIsRefusedWithEveryProblemAtItsRowAndColumn(@TempDir Path dir) throws IOException {
		Path bad = dir.resolve("phieu-loi.csv");
		Files.writeString(bad, "don_vi,c1_1,c2_1\nSTNMT,4,12\nSTNMT,7,12\nSTC,5,-3\n");
		Path out = dir.resolve("ket-qua.xlsx");
		Outcome outcome = score("score", "--form", form.toString(), "--responses", bad.toString(), "--out",
				out.toString());
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.err()).contains("Lỗi: Tệp phieu-loi.csv, dòng 3, cột c1_1")
			.contains("Lỗi: Tệp phieu-loi.csv, dòng 4, cột c2_1");
		assertThat(out).doesNotExist();
	}

	@Test
	void usageMistakesAndMissingFilesAreSaidInVietnamese(@TempDir Path dir) {
		Outcome missingOut = score("score", "--form", form.toString(), "--responses", responses.toString());
		assertThat(missingOut.exitCode()).isEqualTo(2);
		assertThat(missingOut.err()).contains("Lỗi: thiếu tham số --out").contains("Cách dùng");

		Outcome badWeights = score("score", "--form", form.toString(), "--responses", responses.toString(), "--out",
				dir.resolve("x.xlsx").toString(), "--weights", "C9=1");
		assertThat(badWeights.exitCode()).isEqualTo(2);
		assertThat(badWeights.err()).contains("C9").contains("C1, C2");

		Outcome noForm = score("score", "--form", dir.resolve("khong-co.xlsx").toString(), "--responses",
				responses.toString(), "--out", dir.resolve("x.xlsx").toString());
		assertThat(noForm.exitCode()).isEqualTo(1);
		assertThat(noForm.err()).contains("không tìm thấy tệp").contains("khong-co.xlsx");

		Outcome english = score("score", "--lang", "en", "--form", form.toString());
		assertThat(english.err()).contains("Error: missing option --responses").contains("Usage");
	}

	@Test
	void theApplicationsMainScoresWithoutStartingSpringOrADatabase(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("ket-qua.xlsx");
		Path data = Files.createDirectories(dir.resolve("data"));
		ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "vn.ddcihub.DdciHubApplication", "score", "--form",
				form.toString(), "--responses", responses.toString(), "--out", out.toString(), "--bootstrap", "100")
			.redirectErrorStream(true);
		java.environment().put("DDCI_DATA_DIR", data.toString());
		Process process = java.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(out).isNotEmptyFile();
		assertThat(output).contains("Đã chấm điểm 23 đơn vị")
			.doesNotContain("Spring Boot")
			.doesNotContain("Started DdciHubApplication")
			.doesNotContain("PostgreSQL");
		try (var files = Files.list(data)) {
			assertThat(files).as("no embedded database was started").isEmpty();
		}
	}

	private static Row rowOf(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new AssertionError(first + " not on sheet " + sheet.getSheetName());
	}

}
