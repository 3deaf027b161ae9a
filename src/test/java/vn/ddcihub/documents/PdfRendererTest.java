package vn.ddcihub.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;

import vn.ddcihub.documents.chart.ChartRenderer;
import vn.ddcihub.documents.pdf.PdfRenderer;

class PdfRendererTest {

	@Test
	void diacriticsSurviveInTheExtractedText() throws IOException {
		byte[] png = new ChartRenderer().radar(SamplePlan.radar(), 900, 700);
		AdministrativeDocument plan = SamplePlan.plan(
				List.of(Block
					.chart(new ChartImage(png, "Biểu đồ 1. Điểm các chỉ số thành phần năm 2019 và chỉ tiêu 2020"))),
				List.of(SamplePlan.annex(30)));
		byte[] bytes = new PdfRenderer().render(plan);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/sample-plan.pdf"), bytes);

		PdfReader reader = new PdfReader(bytes);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			String all = text.toString();
			assertThat(all).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Số: 60/KH-STNMT", "Lạng Sơn, ngày 11 tháng 6 năm 2020", "KẾ HOẠCH",
					"Tính minh bạch và tiếp cận thông tin", "Bùi Văn Côi", "Nơi nhận:");
			assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
			int last = reader.getNumberOfPages();
			assertThat(reader.getPageSizeWithRotation(last).getWidth())
				.isGreaterThan(reader.getPageSizeWithRotation(last).getHeight());
		}
		finally {
			reader.close();
		}
	}

	@Test
	void onlyTheBundledSerifIsUsedAndItIsEmbedded() throws IOException {
		PdfReader reader = new PdfReader(new PdfRenderer().render(SamplePlan.plan()));
		try {
			List<String> fonts = new ArrayList<>();
			for (int i = 1; i < reader.getXrefSize(); i++) {
				PdfObject object = reader.getPdfObject(i);
				if (object instanceof PdfDictionary dictionary && PdfName.FONT.equals(dictionary.get(PdfName.TYPE))) {
					fonts.add(dictionary.getAsName(PdfName.BASEFONT).toString());
					if (PdfName.CIDFONTTYPE2.equals(dictionary.get(PdfName.SUBTYPE))) {
						PdfDictionary descriptor = (PdfDictionary) PdfReader
							.getPdfObject(dictionary.get(PdfName.FONTDESCRIPTOR));
						assertThat(descriptor.get(PdfName.FONTFILE2)).isNotNull();
					}
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("LiberationSerif"));
		}
		finally {
			reader.close();
		}
	}

	@Test
	void aReportTableSpansSeveralLandscapePagesWithTheChartOnAPageOfItsOwn() throws IOException {
		byte[] png = new ChartRenderer().radar(SamplePlan.radar(), 900, 700);
		Report report = new Report("DDCI 2019 – Khối sở, ban, ngành", "Dữ liệu minh họa",
				List.of(Block.table(SamplePlan.annex(60).titled("")), Block.newPage(),
						Block.chart(new ChartImage(png, ""), 0.9)));
		PdfReader reader = new PdfReader(new PdfRenderer().render(report));
		try {
			int pages = reader.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			for (int page = 1; page <= pages; page++) {
				assertThat(reader.getPageSizeWithRotation(page).getWidth())
					.isGreaterThan(reader.getPageSizeWithRotation(page).getHeight());
			}
			String lastPage = new PdfTextExtractor(reader).getTextFromPage(pages);
			assertThat(lastPage).doesNotContain("Văn phòng Sở");
			assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("DDCI 2019", "Dữ liệu minh họa",
					"5,50");
		}
		finally {
			reader.close();
		}
	}

}
