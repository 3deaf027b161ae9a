package vn.ddcihub.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.ddcihub.index.Block;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.ResponseSource;
import vn.ddcihub.survey.domain.ResponseFileReader.Options;
import vn.ddcihub.survey.domain.ResponseFileReader.Result;
import vn.ddcihub.survey.domain.ResponseFileReader.UnitLookup;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * Response files laid out as KoboToolbox, ODK Central, LimeSurvey and Google Forms export
 * them, and as our own spreadsheet, read without a database; malformed and hostile files
 * refused with every problem at its row and column, within bounds.
 */
class ResponseFileReaderTest {

	static final List<Choice> CHANNELS = List.of(new Choice("kenh", "truc_tiep", "Trực tiếp", 1),
			new Choice("kenh", "buu_chinh", "Bưu chính công ích", 2),
			new Choice("kenh", "truc_tuyen", "Trực tuyến, qua Cổng dịch vụ công", 3));

	/**
	 * A small questionnaire: Likert (required), multiple choice, yes/no, days, money,
	 * text.
	 */
	static Questionnaire questionnaire() {
		List<Choice> choices = new ArrayList<>(QuestionRules.standardChoices(AnswerType.LIKERT_5, "likert"));
		choices.addAll(QuestionRules.standardChoices(AnswerType.YES_NO, "yn"));
		choices.addAll(CHANNELS);
		List<Question> questions = List.of(
				new Question(1, "q_thu_tuc", "Thủ tục hành chính được niêm yết rõ ràng", AnswerType.LIKERT_5, "likert",
						true, "TT1", List.of("4", "5"), null, 1),
				new Question(2, "q_kenh", "Doanh nghiệp nộp hồ sơ qua kênh nào?", AnswerType.MULTIPLE_CHOICE, "kenh",
						false, null, List.of(), null, 2),
				new Question(3, "q_dung_han", "Hồ sơ được giải quyết đúng hạn?", AnswerType.YES_NO, "yn", false, "TT2",
						List.of("yes"), null, 3),
				new Question(4, "q_so_ngay", "Số ngày chờ kết quả", AnswerType.DAYS, null, false, "TG1", List.of(),
						null, 4),
				new Question(5, "q_chi_phi", "Chi phí không chính thức (đồng)", AnswerType.MONEY, null, false, null,
						List.of(), "${q_dung_han} = 'no'", 5),
				new Question(6, "q_gop_y", "Góp ý", AnswerType.TEXT, null, false, null, List.of(), null, 6));
		return new Questionnaire(9, 2020, Block.DEPARTMENT, "Khảo sát DDCI 2020", "1", Map.of(), List.of(), questions,
				choices);
	}

	static final UnitLookup UNITS = UnitLookup
		.of(Map.of("STNMT", "Sở Tài nguyên và Môi trường", "SXD", "Sở Xây dựng", "SYT", "Sở Y tế"));

	static Result read(String file, byte[] content, Set<String> stored, Options options) {
		return ResponseFileReader.read(file, new ByteArrayInputStream(content), questionnaire(), UNITS, stored,
				options);
	}

	static Result read(String file, byte[] content) {
		return read(file, content, Set.of(), Options.detect());
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A workbook whose cells are numbers when they look like one, as the tools write. */
	static byte[] xlsx(Object[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("data");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue((String) value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void koboXlsxWithXmlNamesGroupPathsAndPerChoiceColumns() throws IOException {
		byte[] file = xlsx(new Object[][] {
				{ "start", "end", "today", "grp_dv/don_vi", "grp_a/q_thu_tuc", "grp_a/q_kenh", "grp_a/q_kenh/truc_tiep",
						"grp_a/q_kenh/buu_chinh", "grp_a/q_kenh/truc_tuyen", "grp_a/q_dung_han", "grp_b/q_so_ngay",
						"grp_b/q_chi_phi", "grp_b/q_gop_y", "_id", "_uuid", "_submission_time", "_validation_status",
						"_notes", "_status", "_submitted_by", "__version__", "_tags", "_index" },
				{ "2020-10-01T08:00:00.000+07:00", "2020-10-01T08:12:00.000+07:00", "2020-10-01", "STNMT", 4,
						"truc_tiep truc_tuyen", 1, 0, 1, "no", 12, 500000, "Cần rút ngắn thời gian", 101, "b1c2-0001",
						"2020-10-01T01:12:30", null, null, "submitted_via_web", null, "vKx1", null, 1 },
				{ "2020-10-02T09:00:00.000+07:00", "2020-10-02T09:05:00.000+07:00", "2020-10-02", "SXD", 5, "", 0, 0, 0,
						"yes", 3.5, null, null, 102, "b1c2-0002", "2020-10-02T02:05:10", null, null,
						"submitted_via_web", null, "vKx1", null, 2 } });

		Result result = read("kobo-ddci-2020.xlsx", file);

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.source()).isEqualTo(ResponseSource.KOBO);
		assertThat(result.responses()).containsExactly(
				new NewResponse("STNMT", "b1c2-0001",
						Map.of("q_thu_tuc", "4", "q_kenh", List.of("truc_tiep", "truc_tuyen"), "q_dung_han", "no",
								"q_so_ngay", 12.0, "q_chi_phi", 500000.0, "q_gop_y", "Cần rút ngắn thời gian")),
				new NewResponse("SXD", "b1c2-0002", Map.of("q_thu_tuc", "5", "q_dung_han", "yes", "q_so_ngay", 3.5)));
		assertThat(result.countsByUnit()).containsExactly(Map.entry("STNMT", 1), Map.entry("SXD", 1));
	}

	@Test
	void koboCsvWithLabelsSemicolonsAndByteOrderMark() {
		// "Labels" export: headers and values are the Vietnamese labels; a multiple
		// choice
		// is its labels separated by spaces (labels may hold spaces and commas).
		String text = "\uFEFF\"start\";\"end\";\"Đơn vị được đánh giá\";\"Thủ tục hành chính được niêm yết rõ ràng\";"
				+ "\"Doanh nghiệp nộp hồ sơ qua kênh nào?\";\"Hồ sơ được giải quyết đúng hạn?\";\"Số ngày chờ kết quả\";"
				+ "\"_id\";\"_uuid\";\"_submission_time\";\"_index\"\n"
				+ "\"2020-10-01T08:00:00\";\"2020-10-01T08:10:00\";\"Sở Tài nguyên và Môi trường\";\"Đồng ý\";"
				+ "\"Trực tiếp Trực tuyến, qua Cổng dịch vụ công\";\"Có\";\"7\";\"201\";\"u-201\";\"2020-10-01T01:10:00\";\"1\"\n"
				+ "\"2020-10-01T09:00:00\";\"2020-10-01T09:10:00\";\"Sở Y tế\";\"Rất đồng ý\";\"\";\"Không\";\"\";"
				+ "\"202\";\"u-202\";\"2020-10-01T02:10:00\";\"2\"\n";

		Result result = read("kobo-labels.csv", csv(text));

		assertThat(result.errors()).isEmpty();
		assertThat(result.source()).isEqualTo(ResponseSource.KOBO);
		assertThat(result.responses()).containsExactly(
				new NewResponse("STNMT", "u-201",
						Map.of("q_thu_tuc", "4", "q_kenh", List.of("truc_tiep", "truc_tuyen"), "q_dung_han", "yes",
								"q_so_ngay", 7.0)),
				new NewResponse("SYT", "u-202", Map.of("q_thu_tuc", "5", "q_dung_han", "no")));
		assertThat(result.warnings()).extracting(InputProblem::column).containsExactly("q_chi_phi", "q_gop_y");
	}

	@Test
	void odkCentralCsvWithGroupPrefixesAndKey() {
		String text = """
				SubmissionDate,start,end,grp_dv-don_vi,grp_a-q_thu_tuc,grp_a-q_kenh,grp_a-q_dung_han,grp_b-q_so_ngay,\
				grp_b-q_chi_phi,grp_b-q_gop_y,meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,\
				AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion
				2020-10-03T03:00:00.000Z,2020-10-03T09:50:00.000+07:00,2020-10-03T10:00:00.000+07:00,SYT,3,\
				buu_chinh truc_tiep,no,"20",1.200.000,"Thái độ tốt, nhưng chậm",uuid:6f1a,uuid:6f1a,5,collector,0,0,,,\
				collect:abc,0,2020101
				""";

		Result result = read("ddci_2020.csv", csv(text));

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.source()).isEqualTo(ResponseSource.ODK);
		assertThat(result.responses()).containsExactly(new NewResponse("SYT", "uuid:6f1a",
				Map.of("q_thu_tuc", "3", "q_kenh", List.of("buu_chinh", "truc_tiep"), "q_dung_han", "no", "q_so_ngay",
						20.0, "q_chi_phi", 1_200_000.0, "q_gop_y", "Thái độ tốt, nhưng chậm")));
	}

	@Test
	void limeSurveyCsvWithQuestionCodesAndSubQuestionColumns() {
		// Heading "question code", answers as codes; a multiple choice is one Y/empty
		// column
		// per sub-question SQ001… in the order of its choices.
		String text = """
				"id","submitdate","lastpage","startlanguage","seed","token","ma_don_vi","q_thu_tuc","q_kenh[SQ001]",\
				"q_kenh[SQ002]","q_kenh[SQ003]","q_dung_han","q_so_ngay","q_chi_phi","q_gop_y"
				"17","2020-10-05 10:11:12","3","vi","123456","","Sở Xây dựng","2","","Y","Y","yes","15","","Hồ sơ trả chậm"
				"18","2020-10-05 11:00:00","3","vi","654321","","STNMT","5","Y","","","yes","2","",""
				""";

		Result result = read("results-survey123456.csv", csv(text));

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.source()).isEqualTo(ResponseSource.LIMESURVEY);
		assertThat(result.responses()).containsExactly(
				new NewResponse("SXD", "17",
						Map.of("q_thu_tuc", "2", "q_kenh", List.of("buu_chinh", "truc_tuyen"), "q_dung_han", "yes",
								"q_so_ngay", 15.0, "q_gop_y", "Hồ sơ trả chậm")),
				new NewResponse("STNMT", "18", Map.of("q_thu_tuc", "5", "q_kenh", List.of("truc_tiep"), "q_dung_han",
						"yes", "q_so_ngay", 2.0)));
	}

	@Test
	void limeSurveyFullQuestionTextHeadingsAndAnswers() {
		String text = """
				"Response ID","Date submitted","Last page","Start language","Seed","Đơn vị","q_thu_tuc. Thủ tục hành chính được niêm yết rõ ràng",\
				"Doanh nghiệp nộp hồ sơ qua kênh nào? [Trực tiếp]","Doanh nghiệp nộp hồ sơ qua kênh nào? [Bưu chính công ích]",\
				"Doanh nghiệp nộp hồ sơ qua kênh nào? [Trực tuyến, qua Cổng dịch vụ công]","Hồ sơ được giải quyết đúng hạn?"
				"31","2020-10-06 08:00:00","2","vi","1","SYT","Đồng ý","Yes","","Yes","Có"
				""";

		Result result = read("results-full.csv", csv(text));

		assertThat(result.errors()).isEmpty();
		assertThat(result.responses()).containsExactly(new NewResponse("SYT", "31",
				Map.of("q_thu_tuc", "4", "q_kenh", List.of("truc_tiep", "truc_tuyen"), "q_dung_han", "yes")));
	}

	@Test
	void googleFormsSheetWithLabelsAndCommaSeparatedChoices() throws IOException {
		byte[] file = xlsx(new Object[][] { { "Dấu thời gian", "Địa chỉ email", "Đơn vị doanh nghiệp đã liên hệ",
				"Thủ tục hành chính được niêm yết rõ ràng", "Doanh nghiệp nộp hồ sơ qua kênh nào?",
				"Hồ sơ được giải quyết đúng hạn?", "Số ngày chờ kết quả", "Chi phí không chính thức (đồng)", "Góp ý" },
				{ "05/10/2020 10:15:32", "dn1@example.vn", "Sở Tài nguyên và Môi trường", "Rất đồng ý",
						"Trực tuyến, qua Cổng dịch vụ công, Trực tiếp", "Có", 5, null, "Tốt" },
				{ "05/10/2020 11:02:10", "dn2@example.vn", "Sở Y tế", "Bình thường", "Bưu chính công ích", "Không", 30,
						"2.000.000", null } });

		Result result = read("Khảo sát DDCI 2020 (Câu trả lời).xlsx", file);

		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.source()).isEqualTo(ResponseSource.GOOGLE_FORMS);
		assertThat(result.responses()).hasSize(2);
		assertThat(result.responses().get(0).answers()).isEqualTo(Map.of("q_thu_tuc", "5", "q_kenh",
				List.of("truc_tuyen", "truc_tiep"), "q_dung_han", "yes", "q_so_ngay", 5.0, "q_gop_y", "Tốt"));
		assertThat(result.responses().get(1).answers()).isEqualTo(Map.of("q_thu_tuc", "3", "q_kenh",
				List.of("buu_chinh"), "q_dung_han", "no", "q_so_ngay", 30.0, "q_chi_phi", 2_000_000.0));
		assertThat(result.responses().get(0).respondentRef()).startsWith("gf:05/10/2020 10:15:32:dn1@example.vn:");
	}

	@Test
	void ourOwnSpreadsheetWithQuestionNamesAndAChosenSeparatorAndUnitColumn() {
		String text = """
				ma_phieu;co_quan;q_thu_tuc;q_kenh;q_dung_han;q_so_ngay;ghi_chu
				P-001;SXD;4;truc_tiep|buu_chinh;yes;10;nhập tay
				P-002;SXD;1;;no;60;
				""";

		Result result = read("phieu.csv", csv(text), Set.of(), new Options(null, "|", "co_quan"));

		assertThat(result.errors()).isEmpty();
		assertThat(result.source()).isEqualTo(ResponseSource.SPREADSHEET);
		assertThat(result.responses()).containsExactly(
				new NewResponse("SXD", "P-001",
						Map.of("q_thu_tuc", "4", "q_kenh", List.of("truc_tiep", "buu_chinh"), "q_dung_han", "yes",
								"q_so_ngay", 10.0)),
				new NewResponse("SXD", "P-002", Map.of("q_thu_tuc", "1", "q_dung_han", "no", "q_so_ngay", 60.0)));
		assertThat(result.countsByUnit()).containsExactly(Map.entry("SXD", 2));
		assertThat(result.warnings()).extracting(InputProblem::column).contains("ghi_chu", "q_chi_phi", "q_gop_y");
	}

	@Test
	void aMalformedFileListsEachProblemAtItsRowAndColumnAndReturnsNoResponse() {
		String text = """
				_uuid,don_vi,q_thu_tuc,q_kenh,q_dung_han,q_so_ngay,q_chi_phi,_submission_time
				a1,STNMT,4,truc_tiep fax,yes,3,,2020-10-01
				a2,SXX,4,,yes,3,,2020-10-01
				a3,SXD,7,,yes,3,,2020-10-01
				a4,SXD,4,,yes,9000,,2020-10-01
				a5,SXD,4,,yes,3,khoảng một triệu,2020-10-01
				a1,STNMT,4,,yes,3,,2020-10-01
				old,SYT,4,,yes,3,,2020-10-01
				a8,SYT,,,yes,3,,2020-10-01
				a9,SYT,5,,yes,3,,2020-10-01
				""";

		Result result = read("loi.csv", csv(text), Set.of(ResponseRepository.refKey("old", "SYT")), Options.detect());

		assertThat(result.ok()).isFalse();
		assertThat(result.responses()).isEmpty();
		assertThat(result.errorCount()).isEqualTo(8);
		assertThat(result.errors()).extracting(p -> p.row() + " " + p.column())
			.containsExactly("2 q_kenh", "3 don_vi", "4 q_thu_tuc", "5 q_so_ngay", "6 q_chi_phi", "7 _uuid", "8 _uuid",
					"9 q_thu_tuc");
		assertThat(result.errors()).extracting(InputProblem::message)
			.satisfiesExactly(m -> assertThat(m).contains("“fax”", "không phải lựa chọn"),
					m -> assertThat(m).contains("SXX", "không có trong danh sách đơn vị"),
					m -> assertThat(m).contains("“7”"), m -> assertThat(m).contains("9000", "số ngày"),
					m -> assertThat(m).contains("khoảng một triệu", "số tiền"),
					m -> assertThat(m).contains("a1", "lặp lại", "dòng 2"),
					m -> assertThat(m).contains("old", "đã được nhập"), m -> assertThat(m).contains("bắt buộc"));
		assertThat(result.errors()).allSatisfy(p -> assertThat(p.file()).isEqualTo("loi.csv"));
	}

	@Test
	void aFileWithoutAUnitColumnOrAQuestionColumnThatMustBeAnsweredIsRefusedAtItsHeader() {
		Result result = read("x.csv", csv("q_kenh,q_dung_han\ntruc_tiep,yes\n"));

		assertThat(result.errors()).extracting(InputProblem::message)
			.satisfiesExactly(m -> assertThat(m).contains("Không có cột đơn vị", "don_vi"),
					m -> assertThat(m).contains("q_thu_tuc", "bắt buộc"));
		assertThat(result.errors()).allSatisfy(p -> assertThat(p.row()).isEqualTo(1));
	}

	@Test
	void aHostileTwoMegabyteFileIsReadWithinBoundsAndItsProblemsCapped() {
		StringBuilder text = new StringBuilder("_uuid,don_vi,q_thu_tuc,q_so_ngay\n");
		for (int i = 0; text.length() < 2 * 1024 * 1024; i++) {
			text.append("id").append(i).append(",SXX,").append("x".repeat(30)).append(",-1\n");
		}
		Result result = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> read("hostile.csv", csv(text.toString())));

		assertThat(result.responses()).isEmpty();
		assertThat(result.errorCount()).isGreaterThan(60_000);
		assertThat(result.errors()).hasSize(102);
		assertThat(result.errors().get(0).message()).contains("20.000 dòng", "10 MB");
		assertThat(result.errors().get(101).message()).startsWith("… và ").contains("lỗi khác");
	}

	@Test
	void anXlsxThatUnzipsBeyondTheLimitIsRefusedWithTheLimitsAndWithoutInflatingIt() throws IOException {
		byte[] small = xlsx(new Object[][] { { "don_vi", "q_thu_tuc" }, { "SXD", 4 } });
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry("xl/media/padding.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);

		Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read("bomb.xlsx", bomb.toByteArray()));

		assertThat(result.responses()).isEmpty();
		assertThat(result.errors()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("giải nén ra hơn 160 MB", ResponseFileReader.LIMITS));
	}

	@Test
	void aWindowsEncodedCsvIsRefusedAsNotUtf8() {
		byte[] latin = "don_vi,q_thu_tuc,q_gop_y\nSXD,4,Tr\u00ECnh\n".getBytes(StandardCharsets.ISO_8859_1);

		Result result = read("cp1258.csv", latin);

		assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
	}

}
