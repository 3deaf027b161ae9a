package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.plan.domain.PlanDetail;
import vn.ddcihub.plan.domain.PlanDocuments;
import vn.ddcihub.plan.domain.PlanService;

/**
 * The seed plan 60/KH-STNMT as the Office downloads it, compared with the seed
 * (/work/shared/seed/ke-hoach-60-KH-STNMT-2020.txt) and Decree 30/2020/NĐ-CP: section II
 * in the seed's structure and bullets with nothing added, page numbers and the annex
 * caption in Word, the annex grouped by component, "DỰ THẢO" on drafts only. Files are
 * kept under {@code target/document-samples/}.
 */
class PlanSeedDocumentTest extends IntegrationTest {

	private static final Path SAMPLES = Path.of("target/document-samples");

	@Autowired
	PlanService plans;

	@Autowired
	PlanDocuments documents;

	@Autowired
	DocumentRenderers renderers;

	@Test
	void sectionTwoFollowsTheSeedLineByLine() throws Exception {
		List<String> lines = paragraphs(download("document?format=docx", "plan.docx"));
		// The target wording is written from the number with two decimals, as every score
		// (the seed writes 6,0 and 7,80 alike). C1: assignment line, then its two
		// measures
		// as "+"
		assertStartsOfLines(lines, "1. Chỉ số “Tính minh bạch và tiếp cận thông tin”",
				"- Chỉ tiêu phấn đấu năm 2020: đạt trên 7,80 điểm (Năm 2019 được 6,77 điểm).",
				"- Giao Văn phòng Sở chủ trì phối hợp với Trung tâm công nghệ thông tin Tài nguyên và Môi trường",
				"+ Tăng cường, đẩy mạnh thực hiện cải cách hành chính",
				"+ Trung tâm công nghệ thông tin Tài nguyên và Môi trường chủ trì thực hiện");
		// C3: the measures of a) under a), those of b) under b)
		assertStartsOfLines(lines, "3. Chỉ số “Chi phí không chính thức”",
				"- Chỉ tiêu phấn đấu năm 2020: đạt trên 6,50 điểm (Năm 2019 được 5,53 điểm).",
				"a) Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở liên quan thực hiện:",
				"- Tham mưu cho Lãnh đạo Sở tăng cường công tác kiểm tra", "- Chọn cử công chức, viên chức",
				"- Tham mưu cho Lãnh đạo Sở triển khai thực hiện",
				"b) Thanh tra Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở liên quan thực hiện:",
				"- Chủ trì, phối hợp với các phòng, đơn vị có liên quan", "- Thực hiện có hiệu quả các chương trình",
				"- Tiếp tục thực hiện nghiêm túc Chỉ thị số 10/CT-TTg", "- Phối hợp với Thanh tra tỉnh, Hiệp hội");
		// C4 and C8: the measure itself, no invented "Đơn vị chủ trì" line
		assertStartsOfLines(lines, "4. Chỉ số “Cạnh tranh bình đẳng”",
				"- Chỉ tiêu phấn đấu năm 2020: đạt trên 6,00 điểm (Năm 2019 được 2,65 điểm).",
				"- Các phòng, đơn vị chủ động rà soát");
		// C7: the measures stand beside the assignment line, as "-"
		assertStartsOfLines(lines, "7. Chỉ số “Vai trò người đứng đầu”",
				"- Chỉ tiêu phấn đấu năm 2020: đạt trên 6,30 điểm (Năm 2019 được 4,69 điểm).",
				"- Giao Văn phòng sở chủ trì phối hợp với các phòng liên quan", "- Để cải thiện, nâng cao chỉ số",
				"- Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc");
		assertStartsOfLines(lines, "8. Chỉ số “Tính năng động và hiệu lực của hệ thống”",
				"- Chỉ tiêu phấn đấu năm 2020: đạt trên 7,40 điểm (Năm 2019 được 6,26 điểm).",
				"- Các phòng Quản lý đất đai, Quản lý Tài nguyên nước và Khoáng sản và Chi cục Bảo vệ Môi trường",
				"(Nội dung chi tiết tại Phụ lục kèm theo)");
		assertThat(String.join("\n", lines)).as("lines the seed does not have")
			.doesNotContain("Đơn vị chủ trì:", ", xếp hạng ");
		String pdf = pdfText(download("document?format=pdf", "plan.pdf"));
		assertThat(pdf).contains("a) Văn phòng Sở chủ trì", "b) Thanh tra Sở chủ trì")
			.doesNotContain("Đơn vị chủ trì:", ", xếp hạng ");
		assertThat(List.of(pdf.split("\f"))).as("recipients and signature share a page with the last paragraph")
			.filteredOn(page -> page.contains("Nơi nhận:"))
			.singleElement()
			.satisfies(page -> assertThat(page).contains("UBND tỉnh./.", "Bùi Văn Côi"));
		assertThat(pdf).as("the annex's deadline stays on one line").contains("15/12/2020");
	}

	@Test
	void wordNumbersPagesFromTwoAndTheAnnexOnItsOwnUnderItsCaption() throws Exception {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(download("document?format=docx", null)))) {
			assertThat(word.getHeaderList()).anySatisfy(header -> {
				assertThat(header.getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE ");
				assertThat(header.getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
			});
			List<CTSectPr> sections = word.getParagraphs()
				.stream()
				.filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
				.map(p -> p.getCTP().getPPr().getSectPr())
				.toList();
			assertThat(sections).hasSize(1);
			assertThat(sections.get(0).isSetTitlePg()).as("the plan's first page has no number").isTrue();
			CTSectPr annex = word.getDocument().getBody().getSectPr();
			assertThat(annex.isSetTitlePg()).as("the annex's first page has no number").isTrue();
			assertThat(annex.getPgNumType().getStart()).as("the annex counts its own pages").isEqualTo(BigInteger.ONE);
			assertThat(word.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal())
				.as("Normal is 14 pt")
				.hasToString("28");
			List<XWPFParagraph> paragraphs = word.getParagraphs();
			int label = indexOf(paragraphs, "Phụ lục");
			assertThat(paragraphs.get(label + 1).getText())
				.isEqualTo("PHÂN CÔNG NHIỆM VỤ NÂNG CAO CHỈ SỐ DDCI NĂM 2020");
			XWPFParagraph note = paragraphs.get(label + 2);
			assertThat(note.getText()).isEqualTo("(Kèm theo Kế hoạch số 60/KH-STNMT ngày 11/06/2020)");
			assertThat(note.getRuns().get(0).isItalic()).isTrue();
			int recipients = indexOf(paragraphs, "III. TỔ CHỨC THỰC HIỆN") + 3;
			assertThat(paragraphs.get(recipients).getText()).startsWith("3. Giao phòng Văn phòng Sở");
			assertThat(paragraphs.get(recipients).isKeepNext()).as("the last paragraph goes with the signature")
				.isTrue();
			assertThat(String.join("\n", word.getHeaderList().stream().map(XWPFHeader::getText).toList()))
				.as("the issued plan is no draft")
				.doesNotContain("DỰ THẢO");
		}
	}

	@Test
	void annexGroupsTasksByComponentAndNamesEveryPartner() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(download("annex?format=xlsx", "annex.xlsx")))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Phân công nhiệm vụ");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Phụ lục\nPHÂN CÔNG NHIỆM VỤ")
				.endsWith("(Kèm theo Kế hoạch số 60/KH-STNMT ngày 11/06/2020)");
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("STT");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
				.isEqualTo("1. Chỉ số “Tính minh bạch và tiếp cận thông tin” — chỉ tiêu năm 2020: đạt trên 7,80 điểm");
			assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 2 && r.getLastColumn() == 6);
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
			assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isGreaterThan(1.0);
			assertThat(sheet.getRow(3).getHeightInPoints()).as("a long task's row grows with its wrapped text")
				.isGreaterThan(3 * 12f);
			String partners = "";
			boolean realDate = false;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				partners += "\n" + row.getCell(1).getStringCellValue() + " | " + row.getCell(3).getStringCellValue();
				var due = row.getCell(5);
				if (due != null && due.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(due)) {
					realDate = true;
				}
			}
			assertThat(realDate).as("the 15/12 deadline is a date cell").isTrue();
			assertThat(partners).contains(
					"Niêm yết công khai trình tự, phí và lệ phí TTHC; công bố quy hoạch, kế hoạch của ngành | Trung tâm Công nghệ thông tin",
					"| Các phòng, đơn vị liên quan; Thanh tra tỉnh Lạng Sơn; Hiệp hội Doanh nghiệp tỉnh Lạng Sơn");
		}
		try (XWPFDocument word = new XWPFDocument(
				new ByteArrayInputStream(download("annex?format=docx", "annex.docx")))) {
			var rows = word.getTables().get(0).getRows();
			assertThat(rows.get(1).getTableCells()).hasSize(1);
			assertThat(rows.get(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("7");
			assertThat(rows.get(1).getCell(0).getText()).startsWith("1. Chỉ số “Tính minh bạch");
		}
	}

	@Test
	void onlyAnUnissuedRevisionCarriesTheDraftMark() throws Exception {
		PlanDetail issued = plans.full(demoPlanId());
		Plan p = issued.plan();
		Plan unissued = new Plan(p.id(), p.organisationId(), p.numberSymbol(), p.place(), p.issuedOn(),
				p.issuerParent(), p.issuer(), p.title(), p.year(), p.baselineYear(), p.targetYear(), p.legalBases(),
				p.context(), p.purposes(), p.requirements(), p.implementation(), p.recipients(), p.signerAuthority(),
				p.signerTitle(), p.signerName(), p.goals(), PlanStatus.DRAFT, p.revision() + 1, p.copiedFrom());
		PlanDetail draft = new PlanDetail(unissued, issued.organisationName(), issued.checks(), issued.targets(),
				issued.generalTasks(), issued.editable(), issued.manageable(), issued.approvable(), issued.approval());
		byte[] docx = renderers.docx(documents.document(draft));
		byte[] pdf = renderers.pdf(documents.document(draft));
		TableContent annex = documents.document(draft).annexes().get(0);
		byte[] xlsx = renderers.xlsx(List.of(annex));
		sample("draft-plan.docx", docx);
		sample("draft-plan.pdf", pdf);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(word.getHeaderList()).isNotEmpty()
				.allSatisfy(header -> assertThat(header.getText()).contains("DỰ THẢO"));
		}
		String[] pages = pdfText(pdf).split("\f");
		assertThat(pages).allSatisfy(page -> assertThat(page).contains("DỰ THẢO"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("DỰ THẢO\n");
			assertThat(book.getSheetAt(0).getHeader().getRight()).isEqualTo("DỰ THẢO");
		}
		assertThat(pdfText(download("document?format=pdf", null))).doesNotContain("DỰ THẢO");
		assertThat(documents.annex(draft, "xlsx").getHeaders().getContentDisposition().getFilename())
			.startsWith("du-thao-");
	}

	@Test
	void relatedUnitsStayAPlaceholderAndDoNotFillAUnitsWork() throws Exception {
		PlanDetail plan = plans.full(demoPlanId());
		PlanTask published = plan.targets().get(0).tasks().get(0);
		assertThat(published.relatedUnitsToName()).isTrue();
		assertThat(published.coordinatingUnits()).extracting(UnitRef::code).containsExactly("TTCNTT");
		var work = getJson("/api/v1/my-work", "qldd");
		StringBuilder titles = new StringBuilder();
		int[] inSeedPlan = { 0 };
		// other tests add plans of their own (copies of the seed among them): count the
		// seed's
		work.forEach(item -> {
			if (item.get("planId").asLong() == demoPlanId()) {
				titles.append(item.get("task").get("title").asString()).append('\n');
				inSeedPlan[0]++;
			}
		});
		assertThat(titles).as("Quản lý đất đai is not a partner of Văn phòng's C1 and C3 a) work")
			.doesNotContain(published.title(), "Tăng cường công tác kiểm tra kỷ luật kỷ cương")
			.contains("Rà soát, kiến nghị bãi bỏ giấy tờ không cần thiết");
		assertThat(inSeedPlan[0]).as("qldd's own and all-unit tasks, not 20 of 25").isEqualTo(10);
	}

	private long demoPlanId() {
		return jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT' order by id limit 1")
			.query(Long.class)
			.single();
	}

	private tools.jackson.databind.JsonNode getJson(String url, String user) throws Exception {
		byte[] body = mockMvc.perform(get(url).with(httpBasic(user, DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
	}

	/** The plan's file at /api/v1/plans/{id}/{path} as the leader downloads it. */
	private byte[] download(String path, String sample) throws Exception {
		byte[] body = mockMvc
			.perform(get("/api/v1/plans/" + demoPlanId() + "/" + path).with(httpBasic("lanhdao", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		if (sample != null) {
			sample(sample, body);
		}
		return body;
	}

	private static void sample(String name, byte[] body) throws IOException {
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(name), body);
	}

	private static List<String> paragraphs(byte[] docx) throws IOException {
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return word.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
		}
	}

	/**
	 * The lines after the heading start, in order, as the seed's lines do (long measures
	 * are compared by their opening words).
	 */
	private static void assertStartsOfLines(List<String> lines, String heading, String... starts) {
		int at = lines.indexOf(heading);
		assertThat(at).as(heading).isNotNegative();
		for (int i = 0; i < starts.length; i++) {
			assertThat(lines.get(at + 1 + i)).as("line %d after %s", i + 1, heading).startsWith(starts[i]);
		}
	}

	private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).getText().equals(text)) {
				return i;
			}
		}
		throw new AssertionError("no paragraph " + text);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(page > 1 ? "\f" : "").append(new PdfTextExtractor(reader).getTextFromPage(page));
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
