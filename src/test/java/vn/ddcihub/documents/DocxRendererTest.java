package vn.ddcihub.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.ddcihub.documents.chart.ChartRenderer;
import vn.ddcihub.documents.docx.DocxRenderer;
import vn.ddcihub.documents.layout.AdministrativeLayout;
import vn.ddcihub.documents.layout.PageSetup;

class DocxRendererTest {

	private static final String SUBTITLE = "Nâng cao chỉ số đánh giá năng lực cạnh tranh cấp Sở, Ban, Ngành (DDCI) "
			+ "của Sở Tài nguyên và Môi trường năm 2020";

	@Test
	void planHasTheAdministrativeLayout() throws IOException {
		byte[] bytes = new DocxRenderer(null).render(SamplePlan.plan());
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/sample-plan.docx"), bytes);
		try (XWPFDocument word = open(bytes); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			assertThat(text).contains("UBND TỈNH LẠNG SƠN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 60/KH-STNMT",
					"Lạng Sơn, ngày 11 tháng 6 năm 2020", "KẾ HOẠCH", SUBTITLE, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
					"- Chỉ tiêu: phấn đấu năm 2020 đạt trên 7,80 điểm.", "+ Văn phòng Sở chủ trì", "Nơi nhận:",
					"- Lưu VT (NDN).", "GIÁM ĐỐC", "Bùi Văn Côi");
			assertThat(word.getBodyElements().get(0)).isInstanceOf(XWPFTable.class);
			assertThat(allRuns(word)).isNotEmpty()
				.allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
			CTPageSz size = word.getDocument().getBody().getSectPr().getPgSz();
			assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(word.getDocument().getBody().getSectPr().getPgMar().getLeft())
				.isEqualTo(BigInteger.valueOf(1701));
		}
	}

	@Test
	void mottoIsBoldAndUnderlinedAndTitleBold() throws IOException {
		try (XWPFDocument word = open(new DocxRenderer(null).render(SamplePlan.plan()))) {
			XWPFRun motto = allRuns(word).stream()
				.filter(r -> "Độc lập - Tự do - Hạnh phúc".equals(r.text()))
				.findFirst()
				.orElseThrow();
			assertThat(motto.isBold()).isTrue();
			assertThat(motto.getUnderline().name()).isEqualTo("SINGLE");
			XWPFRun title = allRuns(word).stream().filter(r -> "KẾ HOẠCH".equals(r.text())).findFirst().orElseThrow();
			assertThat(title.isBold()).isTrue();
			assertThat(title.getFontSizeAsDouble()).isEqualTo(14.0);
		}
	}

	@Test
	void landscapeAnnexTableHasOneRowPerDataRowAndRepeatedHeader() throws IOException {
		int rows = 23;
		byte[] bytes = new DocxRenderer(null).renderTables(List.of(SamplePlan.annex(rows)));
		try (XWPFDocument word = open(bytes)) {
			assertThat(word.getTables()).hasSize(1);
			XWPFTable table = word.getTables().get(0);
			assertThat(table.getNumberOfRows()).isEqualTo(rows + 1);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Chỉ số thành phần");
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("5,50");
			assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("15/12/2020");
			CTPageSz size = word.getDocument().getBody().getSectPr().getPgSz();
			assertThat(size.getW()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(size.getOrient().toString()).isEqualTo("landscape");
			assertThat(word.getParagraphs()).as("no portrait section break (blank page) before the annex")
				.noneMatch(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr());
		}
	}

	@Test
	void planWithAnnexEndsInALandscapeSectionAfterAPortraitOne() throws IOException {
		byte[] bytes = new DocxRenderer(null).render(SamplePlan.plan(List.of(), List.of(SamplePlan.annex(5))));
		try (XWPFDocument word = open(bytes)) {
			CTSectPr portrait = word.getParagraphs()
				.stream()
				.filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
				.map(p -> p.getCTP().getPPr().getSectPr())
				.findFirst()
				.orElseThrow();
			assertThat(portrait.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(word.getDocument().getBody().getSectPr().getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(word.getTables().get(word.getTables().size() - 1).getNumberOfRows()).isEqualTo(6);
		}
	}

	@Test
	void pagesAfterTheFirstAreNumberedInEverySectionAsInThePdf() throws IOException {
		byte[] bytes = new DocxRenderer(null).render(SamplePlan.plan(List.of(), List.of(SamplePlan.annex(5))));
		try (XWPFDocument word = open(bytes)) {
			assertThat(word.getHeaderList())
				.anySatisfy(header -> assertThat(header.getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE "));
			CTSectPr first = word.getParagraphs()
				.stream()
				.filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
				.map(p -> p.getCTP().getPPr().getSectPr())
				.findFirst()
				.orElseThrow();
			CTSectPr last = word.getDocument().getBody().getSectPr();
			assertThat(first.isSetTitlePg()).as("the first page has no number").isTrue();
			assertThat(last.isSetTitlePg()).as("the annex is numbered on its own, from its second page").isTrue();
			assertThat(last.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
			assertThat(first.getHeaderReferenceList()).hasSize(2);
			assertThat(last.getHeaderReferenceList()).hasSize(2);
			assertThat(first.getPgMar().getLeft()).isEqualTo(last.getPgMar().getLeft())
				.isEqualTo(BigInteger.valueOf(PageSetup.twips(AdministrativeLayout.PAGE.leftMm())));
		}
	}

	@Test
	void chartBlockEmbedsThePicture() throws IOException {
		byte[] png = new ChartRenderer().radar(SamplePlan.radar(), 800, 600);
		byte[] bytes = new DocxRenderer(null).render(SamplePlan
			.plan(List.of(Block.chart(new ChartImage(png, "Biểu đồ 1. Điểm các chỉ số thành phần"))), List.of()));
		try (XWPFDocument word = open(bytes)) {
			assertThat(word.getAllPictures()).hasSize(1);
			assertThat(word.getAllPictures().get(0).getData()).isEqualTo(png);
		}
	}

	@Test
	void templateFromDirectoryReplacesPlaceholdersSplitAcrossRuns(@TempDir Path templates) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/documents/split-placeholders.docx")) {
			Files.write(templates.resolve("ke-hoach.docx"), in.readAllBytes());
		}
		byte[] bytes = new DocxRenderer(templates).render(SamplePlan.plan(), "ke-hoach.docx");
		try (XWPFDocument word = open(bytes); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			assertThat(text).contains("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 60/KH-STNMT",
					"Lạng Sơn, ngày 11 tháng 6 năm 2020", "KẾ HOẠCH – " + SUBTITLE, "- UBND tỉnh (B/c);",
					"- Lưu VT (NDN).", "GIÁM ĐỐC", "Bùi Văn Côi ({{khong_biet}})", "I. MỤC ĐÍCH, YÊU CẦU",
					"Thực hiện Kế hoạch số 40/KH-UBND");
			assertThat(text).doesNotContain("{{so_", "{{noi_dung}}", "{{quyen_han_ky}}", "{{nguoi_ky}}");
			List<String> order = word.getBodyElements()
				.stream()
				.filter(e -> e instanceof XWPFParagraph)
				.map(e -> ((XWPFParagraph) e).getText())
				.toList();
			assertThat(order.indexOf("I. MỤC ĐÍCH, YÊU CẦU")).isGreaterThan(order.indexOf("KẾ HOẠCH – " + SUBTITLE))
				.isLessThan(order.indexOf("Nơi nhận:"));
			XWPFRun date = word.getParagraphs().get(2).getRuns().get(0);
			assertThat(date.isItalic()).isTrue();
		}
	}

	@Test
	void missingTemplateFallsBackToGeneratedLayout(@TempDir Path emptyDirectory) throws IOException {
		byte[] bytes = new DocxRenderer(emptyDirectory).render(SamplePlan.plan(), "khong-co.docx");
		try (XWPFDocument word = open(bytes); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}
	}

	@Test
	void starterTemplateRoundTripsToTheSameText(@TempDir Path templates) throws IOException {
		DocxRenderer generator = new DocxRenderer(null);
		Files.write(templates.resolve(DocxRenderer.DEFAULT_TEMPLATE), generator.starterTemplate());
		String fromTemplate;
		String generated;
		try (XWPFDocument word = open(new DocxRenderer(templates).render(SamplePlan.plan()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			fromTemplate = extractor.getText();
		}
		try (XWPFDocument word = open(generator.render(SamplePlan.plan()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			generated = extractor.getText();
		}
		assertThat(fromTemplate).doesNotContain("{{").isEqualToIgnoringWhitespace(generated);
	}

	@Test
	void templateNamesCannotEscapeTheDirectory(@TempDir Path templates) {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new DocxRenderer(templates).render(SamplePlan.plan(), "../secret.docx"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static XWPFDocument open(byte[] bytes) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	static List<XWPFRun> allRuns(XWPFDocument word) {
		List<XWPFRun> runs = new java.util.ArrayList<>();
		for (IBodyElement element : word.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				runs.addAll(paragraph.getRuns());
			}
			else if (element instanceof XWPFTable table) {
				table.getRows()
					.forEach(row -> row.getTableCells()
						.forEach(cell -> cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
			}
		}
		return runs;
	}

	@Test
	void headerReachesIntoTheMarginsSoTheIssuerNameKeepsToOneLine() throws IOException {
		try (XWPFDocument word = open(new DocxRenderer(null).render(SamplePlan.plan()))) {
			XWPFTable header = word.getTables().get(0);
			int textWidth = PageSetup.twips(AdministrativeLayout.PAGE.textWidthMm(false));
			assertThat(header.getWidth()).isGreaterThan(textWidth);
			assertThat(header.getCTTbl().getTblPr().getTblInd().getW().toString()).startsWith("-");
		}
	}

}
