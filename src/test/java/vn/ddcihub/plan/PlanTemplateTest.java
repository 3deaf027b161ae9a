package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import vn.ddcihub.IntegrationTest;

/**
 * An administrator replaces the plan's Word template by dropping a file in the template
 * directory — no rebuild.
 */
class PlanTemplateTest extends IntegrationTest {

	private static final Path TEMPLATE = Path.of("target/test-data/templates/ke-hoach.docx");

	@Test
	void aTemplateDroppedInTheTemplateDirectoryShapesThePlanDocument() throws Exception {
		byte[] starter = mockMvc
			.perform(get("/api/v1/plans/document-template").with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument template = new XWPFDocument(new ByteArrayInputStream(starter))) {
			XWPFParagraph first = template.getParagraphs().get(0);
			XWPFParagraph marker = template.insertNewParagraph(first.getCTP().newCursor());
			marker.createRun().setText("MẪU RIÊNG CỦA VĂN PHÒNG SỞ");
			Files.createDirectories(TEMPLATE.getParent());
			try (OutputStream out = Files.newOutputStream(TEMPLATE)) {
				template.write(out);
			}
		}
		try {
			long planId = jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT' order by id limit 1")
				.query(Long.class)
				.single();
			byte[] docx = mockMvc
				.perform(get("/api/v1/plans/" + planId + "/document?format=docx")
					.with(httpBasic("lanhdao", DEMO_PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
				assertThat(text.getText())
					.contains("MẪU RIÊNG CỦA VĂN PHÒNG SỞ", "Số: 60/KH-STNMT", "Tính minh bạch và tiếp cận thông tin")
					.doesNotContain("{{");
			}
		}
		finally {
			Files.deleteIfExists(TEMPLATE);
		}
	}

}
