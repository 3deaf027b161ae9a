package vn.ddcihub.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.execution.ConsolidatedTestPlans.TestPlan;

/**
 * The month's consolidated report (báo cáo tổng hợp tháng): compiled from accepted unit
 * reports only, in the Decree 30 layout in Word and PDF, locked once issued with the
 * issued files kept byte for byte; who may read and change it. Periods of 2046–2047 on a
 * plan of the test's own.
 */
class ConsolidatedReportTest extends IntegrationTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private ExecutionFixtures fixtures;

	private long qldd;

	private long ttcntt;

	private long vp;

	@BeforeEach
	void units() {
		fixtures = new ExecutionFixtures(jdbc);
		qldd = fixtures.unitId("STNMT", "QLDD");
		ttcntt = fixtures.unitId("STNMT", "TTCNTT");
		vp = fixtures.unitId("STNMT", "VP");
	}

	/** A plan with a monthly period of {@code year}/11 and reports in every status. */
	private record Month(TestPlan plan, long periodId) {
	}

	private Month monthWithReports(String number, int year) throws Exception {
		TestPlan plan = new ConsolidatedTestPlans(mockMvc).create(number, year, qldd, ttcntt, vp);
		long line = fixtures.monthlyLine(plan.id(), year, 25);
		long period = fixtures.monthlyPeriod(line, year, 11, 25);
		long accepted = fixtures.report(period, qldd, ReportStatus.ACCEPTED);
		long entry = fixtures.entry(accepted, plan.landTask(), "LEAD", TaskStatus.IN_PROGRESS, 60,
				"Giải quyết 120 hồ sơ, không hồ sơ nào trễ hạn");
		jdbc.sql("update execution_task_entry set difficulties = ?, proposals = ? where id = ?")
			.params("Thiếu cán bộ đo đạc", "Bổ sung 02 biên chế", entry)
			.update();
		jdbc.sql(
				"insert into execution_task_figure (entry_id, sort_order, label, value, unit_label) values (?, 1, ?, 3, 'hồ sơ')")
			.params(entry, "Hồ sơ trả quá hạn")
			.update();
		long general = fixtures.entry(accepted, plan.generalTask(), "LEAD", TaskStatus.DONE, 100,
				"Đã gửi báo cáo tháng đúng hạn");
		jdbc.sql(
				"insert into execution_task_figure (entry_id, sort_order, label, value, unit_label) values (?, 1, ?, 2, 'hồ sơ')")
			.params(general, "Hồ sơ trả quá hạn")
			.update();
		long returned = fixtures.report(period, ttcntt, ReportStatus.RETURNED);
		fixtures.entry(returned, plan.portalTask(), "LEAD", TaskStatus.BEHIND, 10, "Nội dung bị trả lại không trích");
		long otherMonth = fixtures.report(fixtures.monthlyPeriod(line, year, 10, 25), ttcntt, ReportStatus.DRAFT);
		fixtures.entry(otherMonth, plan.portalTask(), "LEAD", TaskStatus.DONE, 100, "Bản nháp không được trích");
		return new Month(plan, period);
	}

	@Test
	void wordFileHasEveryComponentAndQuotesOnlyAcceptedReportsWithTheirUnit() throws Exception {
		Month month = monthWithReports("1/KH-TH2046", 2046);
		byte[] docx = mockMvc
			.perform(get("/api/v1/reports/consolidated/" + month.periodId()).param("format", "docx")
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
					"Kết quả thực hiện Kế hoạch nâng cao chỉ số DDCI tháng 11 năm 2046", "/BC-TH2046",
					"1. Chỉ số “Tính minh bạch và tiếp cận thông tin”", "2. Chỉ số “Tính năng động”",
					"3. Tổ chức thực hiện", "Chỉ tiêu năm 2046: đạt trên 6,50 điểm",
					"Phòng Quản lý đất đai: Giải quyết 120 hồ sơ, không hồ sơ nào trễ hạn",
					"Phòng Quản lý đất đai: Thiếu cán bộ đo đạc", "Phòng Quản lý đất đai: Bổ sung 02 biên chế",
					"Hồ sơ trả quá hạn: 3 hồ sơ", "Hồ sơ trả quá hạn: 2 hồ sơ", "II. ĐƠN VỊ CHƯA BÁO CÁO",
					"Trung tâm Công nghệ thông tin Tài nguyên và Môi trường: bị trả lại, chưa gửi lại", "Nơi nhận:",
					"Bùi Văn Côi", "DỰ THẢO");
			assertThat(text).doesNotContain("Nội dung bị trả lại không trích", "Bản nháp không được trích");
			assertThat(word.getHeaderList()).as("page numbers: a PAGE field in the page header (Decree 30)")
				.anySatisfy(header -> assertThat(fieldCodes(header)).contains(" PAGE "));
			assertThat(word.getAllPictures()).as("the status chart").isNotEmpty();
		}
	}

	@Test
	void pdfKeepsTheVietnameseLetters() throws Exception {
		Month month = monthWithReports("2/KH-TH2046", 2046);
		byte[] pdf = mockMvc
			.perform(get("/api/v1/reports/consolidated/" + month.periodId()).param("format", "pdf")
				.with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
		}
		String flat = text.toString().replaceAll("\\s+", " ");
		assertThat(flat).contains("Phòng Quản lý đất đai", "Tính năng động", "Đề xuất, kiến nghị",
				"Khó khăn, vướng mắc", "Nơi nhận");
	}

	@Test
	void issuingLocksTheReportAndKeepsTheIssuedFilesByteForByte() throws Exception {
		Month month = monthWithReports("3/KH-TH2046", 2046);
		String api = "/api/v1/reports/consolidated/" + month.periodId();
		JsonNode saved = json.readTree(mockMvc
			.perform(put(api).with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("numberSymbol", "125/BC-STNMT", "assessment",
						"Các phòng cơ bản hoàn thành nhiệm vụ tháng.", "nextSteps", "- Đẩy nhanh số hóa hồ sơ"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(saved.get("issued").asBoolean()).isFalse();
		assertThat(saved.at("/summary/assessment").asString()).isEqualTo("Các phòng cơ bản hoàn thành nhiệm vụ tháng.");

		JsonNode issued = json.readTree(mockMvc.perform(post(api + "/issue").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(issued.get("issued").asBoolean()).isTrue();
		assertThat(issued.get("versions")).hasSize(1);
		assertThat(issued.at("/versions/0/issuedBy").asString()).isEqualTo("vanphong");

		// A unit report accepted after issuing does not change what was issued.
		jdbc.sql("update execution_report set status = 'ACCEPTED' where period_id = ? and unit_id = ?")
			.params(month.periodId(), ttcntt)
			.update();

		byte[] stored = jdbc.sql("""
				select v.docx from execution_consolidated_version v
				join execution_consolidated_report r on r.id = v.report_id where r.period_id = ?""")
			.param(month.periodId())
			.query(byte[].class)
			.single();
		byte[] first = file(api, "docx", "vanphong");
		byte[] again = file(api, "docx", "qldd");
		assertThat(first).isEqualTo(stored).isEqualTo(again);
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(first)))) {
			assertThat(extractor.getText()).contains("Số: 125/BC-STNMT", "Các phòng cơ bản hoàn thành nhiệm vụ tháng.")
				.doesNotContain("DỰ THẢO", "Nội dung bị trả lại không trích");
		}
		assertThat(json
			.readTree(mockMvc.perform(get(api).with(httpBasic("vanphong", DEMO_PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.at("/content/sections/1/results")).as("the issued content, as issued").isEmpty();

		JsonNode refused = json.readTree(mockMvc
			.perform(put(api).with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assessment\": \"Sửa sau khi ban hành\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.get("detail").asString()).contains("đã ban hành");
		mockMvc.perform(post(api + "/issue").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'ConsolidatedReport' and action = 'ISSUE'
				and entity_id = (select id::text from execution_consolidated_report where period_id = ?)""")
			.param(month.periodId())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void unitStaffReadOnlyIssuedReportsOtherOrganisationsNever() throws Exception {
		Month month = monthWithReports("4/KH-TH2047", 2047);
		String api = "/api/v1/reports/consolidated/" + month.periodId();
		for (String reader : List.of("vanphong", "lanhdao", "skhdt", "admin")) {
			mockMvc.perform(get(api).with(httpBasic(reader, DEMO_PASSWORD))).andExpect(status().isOk());
		}
		mockMvc.perform(get(api).with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isNotFound());
		mockMvc.perform(get(api).with(httpBasic("sct", DEMO_PASSWORD))).andExpect(status().isNotFound());
		mockMvc
			.perform(put(api).with(httpBasic("lanhdao", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		mockMvc.perform(post(api + "/issue").with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isForbidden());
		mockMvc.perform(post(api + "/issue").with(httpBasic("vanphong", DEMO_PASSWORD))).andExpect(status().isOk());
		mockMvc.perform(get(api).with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isOk());
		mockMvc.perform(get(api).with(httpBasic("sct", DEMO_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void pageShowsTheQuotesAndTheSummaryFormToTheOffice() throws Exception {
		Month month = monthWithReports("5/KH-TH2047", 2047);
		String page = mockMvc
			.perform(get("/periods/" + month.periodId() + "/consolidated").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Báo cáo tổng hợp tháng 11/2047", "Giải quyết 120 hồ sơ, không hồ sơ nào trễ hạn",
					"id=\"save-summary\"", "id=\"issue-report\"", "Trung tâm Công nghệ thông tin")
			.doesNotContain("Nội dung bị trả lại không trích");
		String leader = mockMvc
			.perform(get("/periods/" + month.periodId() + "/consolidated").with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(leader).doesNotContain("id=\"save-summary\"", "id=\"issue-report\"");
	}

	private byte[] file(String api, String format, String user) throws Exception {
		return mockMvc.perform(get(api).param("format", format).with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String fieldCodes(XWPFHeader header) {
		StringBuilder codes = new StringBuilder();
		for (XWPFParagraph paragraph : header.getParagraphs()) {
			codes.append(paragraph.getCTP().xmlText());
		}
		return codes.toString();
	}

}
