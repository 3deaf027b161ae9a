package vn.ddcihub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The Office names a task's partners through the API — units, "các phòng, đơn vị liên
 * quan" still to be named, outside bodies — and its sub-section; the documents print
 * them, a draft's files say "DỰ THẢO", and the placeholder puts the task in no unit's
 * work.
 */
class PlanPartnersApiTest extends PlanApiTestSupport {

	@Test
	void officeNamesPartnersAndTheDraftDocumentsPrintThem() throws Exception {
		long plan = newPlan("77/KH-PARTNERS");
		long target = postJson("/api/v1/plans/" + plan + "/targets", "vanphong",
				Map.of("componentCode", "C3", "componentName", "Chi phí không chính thức", "targetScore", 6.5,
						"taskMarker", "-", "leadUnitIds", List.of(unitId("TTS"))));
		postJson("/api/v1/plans/" + plan + "/tasks", "vanphong",
				Map.of("targetId", target, "title", "Tạo kênh thông tin phản hồi về cán bộ nhũng nhiễu", "kind",
						"REGULAR", "leadUnitIds", List.of(unitId("TTS")), "coordinatingUnitIds",
						List.of(unitId("TTCNTT")), "relatedUnitsToName", true, "externalParties",
						"Thanh tra tỉnh Lạng Sơn; Hiệp hội Doanh nghiệp tỉnh Lạng Sơn", "groupLabel",
						"b) Thanh tra Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở liên quan thực hiện:"));
		var task = getJson("/api/v1/plans/" + plan, "vanphong").at("/targets/0/tasks/0");
		assertThat(task.get("relatedUnitsToName").asBoolean()).isTrue();
		assertThat(task.get("groupLabel").asString()).startsWith("b) Thanh tra Sở");
		MockHttpServletResponse annex = download(plan, "annex?format=xlsx");
		assertThat(annex.getHeader("Content-Disposition")).contains("du-thao-phu-luc-77-KH-PARTNERS.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annex.getContentAsByteArray()))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DỰ THẢO\nPhụ lục\n");
			assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo(
					"Trung tâm Công nghệ thông tin Tài nguyên và Môi trường; các phòng, đơn vị liên quan; Thanh tra tỉnh Lạng Sơn; Hiệp hội Doanh nghiệp tỉnh Lạng Sơn");
		}
		try (XWPFDocument word = new XWPFDocument(
				new ByteArrayInputStream(download(plan, "document?format=docx").getContentAsByteArray()));
				XWPFWordExtractor text = new XWPFWordExtractor(word)) {
			assertThat(text.getText()).contains(
					"b) Thanh tra Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở liên quan thực hiện:\n- Tạo kênh",
					"DỰ THẢO");
		}
		var work = getJson("/api/v1/my-work", "qldd");
		work.forEach(item -> assertThat(item.get("planNumber").asString()).as("qldd is only 'related', unnamed")
			.isNotEqualTo("77/KH-PARTNERS"));
	}

	private MockHttpServletResponse download(long plan, String path) throws Exception {
		return mockMvc.perform(get("/api/v1/plans/" + plan + "/" + path).with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

}
