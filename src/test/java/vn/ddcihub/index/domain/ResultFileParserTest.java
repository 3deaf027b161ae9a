package vn.ddcihub.index.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.ResultFileParser.ImportedRow;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;

class ResultFileParserTest {

	private static final EditionDefinition THREE = new EditionDefinition(2020, Block.DEPARTMENT, "Thử", false,
			List.of(new EditionDefinition.ComponentDef("C1", "Một", "One", 1, 1),
					new EditionDefinition.ComponentDef("C2", "Hai", "Two", 2, 1),
					new EditionDefinition.ComponentDef("C3", "Ba", "Three", 3, 2)),
			List.of(), List.of());

	private static final Set<String> KNOWN = Set.of("STNMT", "SCT", "STC");

	private static List<ImportedRow> parse(String csv) {
		return ResultFileParser.parse("kq.csv", csv.getBytes(StandardCharsets.UTF_8), THREE, KNOWN::contains, false);
	}

	private static List<InputProblem> problems(String csv) {
		try {
			parse(csv);
		}
		catch (BadInputException e) {
			return e.problems();
		}
		throw new AssertionError("expected the file to be rejected");
	}

	@Test
	void semicolonSeparatedFileAcceptsDecimalCommas() {
		List<ImportedRow> rows = parse(
				"\uFEFFunit_code;unit_name;c1;c2;c3;total\nSTNMT;Sở TN&MT;6,77;6,83;5,53;61,65\n");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.scores()).containsEntry("C1", 6.77).containsEntry("C2", 6.83).containsEntry("C3", 5.53);
			assertThat(row.publishedTotal()).isEqualTo(61.65);
			assertThat(row.row()).isEqualTo(2);
		});
	}

	@Test
	void quotedDecimalCommaInCommaSeparatedFileIsAccepted() {
		assertThat(parse("unit_code,c1,c2,c3\nSCT,\"7,80\",7.7,\"6,5\"\n").get(0).scores()).containsEntry("C1", 7.8)
			.containsEntry("C2", 7.7)
			.containsEntry("C3", 6.5);
	}

	@Test
	void unquotedDecimalCommaIsReportedWithItsRow() {
		List<InputProblem> problems = problems("unit_code,c1,c2,c3\nSCT,7.8,7.7,6.5\nSTC,7,80,7,70,6,50\n");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("kq.csv");
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.message()).contains("dấu phẩy thập phân").contains("7,80");
		});
	}

	@Test
	void wrongDecimalSeparatorIsNamed() {
		List<InputProblem> problems = problems("unit_code;c1;c2;c3\nSCT;7.8,0;7;6\n");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.column()).isEqualTo("c1");
			assertThat(p.message()).startsWith("Sai dấu thập phân");
		});
	}

	@Test
	void everyBadRowIsReportedWithRowAndColumn() {
		List<InputProblem> problems = problems("""
				unit_code,c1,c2,c3
				STNMT,6.77,11.2,5.53
				XYZ,5,5,5
				STNMT,5,5,5
				SCT,5,,abc
				""");
		assertThat(problems).extracting(InputProblem::describe)
			.containsExactly("Tệp kq.csv, dòng 2, cột c2: Điểm 11.2 nằm ngoài khoảng 0–10",
					"Tệp kq.csv, dòng 3, cột unit_code: Đơn vị XYZ không có trong danh sách đơn vị được đánh giá của khối",
					"Tệp kq.csv, dòng 4, cột unit_code: Đơn vị STNMT lặp lại (đã có ở dòng 2)",
					"Tệp kq.csv, dòng 5, cột c2: Thiếu điểm chỉ số thành phần C2",
					"Tệp kq.csv, dòng 5, cột c3: \"abc\" không phải là số");
	}

	@Test
	void missingComponentColumnIsReportedOnTheHeaderRow() {
		List<InputProblem> problems = problems("unit_code,c1,c3\nSCT,5,5\n");
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.column()).isEqualTo("C2");
			assertThat(p.message()).contains("Thiếu cột chỉ số thành phần C2");
		});
	}

	@Test
	void unknownUnitsWithANameAreAcceptedWhenCreatingUnits() {
		List<ImportedRow> rows = ResultFileParser.parse("kq.csv",
				"unit_code,unit_name,c1,c2,c3\nNEW,Đơn vị mới,1,2,3\n".getBytes(StandardCharsets.UTF_8), THREE,
				KNOWN::contains, true);
		assertThat(rows).singleElement().extracting(ImportedRow::unitName).isEqualTo("Đơn vị mới");
	}

	@Test
	void xlsxWithTitleRowNumericAndTextCellsIsRead() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Kết quả");
			sheet.createRow(0).createCell(0).setCellValue("Kết quả DDCI 2020");
			Row header = sheet.createRow(1);
			String[] names = { "unit_code", "c1", "c2", "c3", "rank" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("STC");
			row.createCell(1).setCellValue(7.8);
			row.createCell(2).setCellValue("6,25");
			row.createCell(3).setCellValue(10);
			row.createCell(4).setCellValue(3);
			Row bad = sheet.createRow(3);
			bad.createCell(0).setCellValue("SCT");
			bad.createCell(1).setCellValue(-1);
			bad.createCell(2).setCellValue(1);
			bad.createCell(3).setCellValue(1);
			workbook.write(out);
		}
		assertThatThrownBy(() -> ResultFileParser.parse("kq.xlsx", out.toByteArray(), THREE, KNOWN::contains, false))
			.isInstanceOfSatisfying(BadInputException.class,
					e -> assertThat(e.problems()).singleElement()
						.satisfies(p -> assertThat(p.describe())
							.isEqualTo("Tệp kq.xlsx, dòng 4, cột c1: Điểm -1 nằm ngoài khoảng 0–10")));
	}

	@Test
	void numericXlsxCellsAreEchoedWithADecimalComma() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Kết quả");
			Row header = sheet.createRow(0);
			String[] names = { "unit_code", "c1", "c2", "c3" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("STC");
			row.createCell(1).setCellValue(10.01);
			row.createCell(2).setCellValue(5);
			row.createCell(3).setCellValue(5);
			workbook.write(out);
		}
		assertThatThrownBy(() -> ResultFileParser.parse("kq.xlsx", out.toByteArray(), THREE, KNOWN::contains, false))
			.isInstanceOfSatisfying(BadInputException.class,
					e -> assertThat(e.problems()).singleElement()
						.satisfies(p -> assertThat(p.describe())
							.isEqualTo("Tệp kq.xlsx, dòng 2, cột c1: Điểm 10,01 nằm ngoài khoảng 0–10")));
	}

	@Test
	void garbageIsRejectedWithAReadableMessage() {
		assertThatThrownBy(() -> parse("hello,world\n1,2\n")).isInstanceOf(BadInputException.class)
			.hasMessageContaining("unit_code");
	}

	@Test
	void millionRowHostileFileListsTheFirstHundredProblemsAndCountsTheRestByKind() {
		StringBuilder csv = new StringBuilder("unit_code;c1;c2;c3\n");
		csv.append("x\n".repeat(1_000_000));
		BadInputException rejection = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
				() -> parse(csv.toString()));
		assertThat(rejection.problems()).hasSize(InputProblems.LISTED + 1);
		assertThat(rejection.problemCount()).isGreaterThan(400_000);
		InputProblem summary = rejection.problems().get(InputProblems.LISTED);
		assertThat(summary.file()).isEqualTo("kq.csv");
		assertThat(summary.message()).startsWith("… và ")
			.contains("lỗi khác")
			.contains("ô thiếu điểm")
			.contains("đơn vị lặp lại")
			.contains("1 dòng vượt giới hạn");
	}

	@Test
	void rowsBeyondTheLimitAreRefusedWithTheRowWhereTheLimitIsPassed() {
		StringBuilder csv = new StringBuilder("unit_code;c1;c2;c3\n");
		for (int i = 0; i <= ResultFileParser.MAX_ROWS; i++) {
			csv.append("STNMT;1;2;3\n");
		}
		List<InputProblem> problems = problems(csv.toString());
		assertThat(problems).last()
			.satisfies(p -> assertThat(p.message()).contains("đơn vị lặp lại").contains("dòng vượt giới hạn"));
		assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("Đơn vị STNMT lặp lại"));
	}

	@Test
	void windows1258FileIsRefusedWithItsLineAndTheFix() {
		byte[] content = "unit_code;unit_name;c1;c2;c3\nSTNMT;Sở Tài nguyên và Môi trường;6;6;5\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1258"));
		assertThatThrownBy(() -> ResultFileParser.parse("kq-1258.csv", content, THREE, KNOWN::contains, false))
			.isInstanceOfSatisfying(BadInputException.class,
					e -> assertThat(e.problems()).singleElement().satisfies(p -> {
						assertThat(p.file()).isEqualTo("kq-1258.csv");
						assertThat(p.row()).isEqualTo(2);
						assertThat(p.message()).contains("Lưu tệp dưới dạng CSV UTF-8").contains("Windows-1258");
					}));
	}

	@Test
	void malformedUtf8BytesAreRefusedNotReplaced() {
		byte[] head = "unit_code;unit_name;c1;c2;c3\nSCT;Sở Công Thương;7;7;7\nSTC;S".getBytes(StandardCharsets.UTF_8);
		byte[] tail = ";7;7;7\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[head.length + 2 + tail.length];
		System.arraycopy(head, 0, content, 0, head.length);
		content[head.length] = (byte) 0xC3;
		content[head.length + 1] = (byte) 0x28;
		System.arraycopy(tail, 0, content, head.length + 2, tail.length);
		assertThatThrownBy(() -> ResultFileParser.parse("hong.csv", content, THREE, KNOWN::contains, true))
			.isInstanceOfSatisfying(BadInputException.class,
					e -> assertThat(e.problems()).singleElement().satisfies(p -> {
						assertThat(p.row()).isEqualTo(3);
						assertThat(p.message()).contains("CSV UTF-8");
					}));
	}

	@Test
	void byteOrderMarkIsAcceptedAndNotPartOfTheHeader() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "unit_code,c1,c2,c3\nSCT,7,7,7\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		assertThat(ResultFileParser.parse("bom.csv", content, THREE, KNOWN::contains, false)).singleElement()
			.satisfies(row -> assertThat(row.unitCode()).isEqualTo("SCT"));
	}

	@Test
	void unitCodeLongerThanItsColumnAndNameWithNulAreRefused() {
		byte[] content = ("unit_code;unit_name;c1;c2;c3\n" + "A".repeat(33) + ";Tên;1;1;1\nMOI;Tên\u0000lạ;1;1;1\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ResultFileParser.parse("kq.csv", content, THREE, KNOWN::contains, true))
			.isInstanceOfSatisfying(BadInputException.class,
					e -> assertThat(e.problems()).satisfiesExactly(
							p -> assertThat(p.message()).startsWith("Mã đơn vị").contains("tối đa 32 ký tự"),
							p -> assertThat(p.message()).startsWith("Tên đơn vị").contains("ký tự điều khiển")));
	}

	@Test
	void cellsNeutralisedByACsvExportReadAsWritten() {
		assertThat(ResultFileParser
			.parse("kq.csv", "unit_code;unit_name;c1;c2;c3\n'=NEW;'@tên;1;2;3\n".getBytes(StandardCharsets.UTF_8),
					THREE, KNOWN::contains, true)
			.get(0)).satisfies(row -> {
				assertThat(row.unitCode()).isEqualTo("=NEW");
				assertThat(row.unitName()).isEqualTo("@tên");
			});
	}

}
