package vn.ddcihub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.operations.inspection.InspectionInput;
import vn.ddcihub.operations.inspection.InspectionKind;
import vn.ddcihub.operations.inspection.InspectionStatus;
import vn.ddcihub.operations.inspection.Inspections;

/**
 * The inspection plan against Directive 20/CT-TTg: a second inspection of a business in a
 * year by another unit is warned about on entry (naming the other inspection and unit)
 * and on import, listed on the plan page and counted; unscheduled inspections need a
 * legal basis and a sign of violation; a file with problems saves nothing.
 */
class OpsInspectionTest extends IntegrationTest {

	@Autowired
	private Inspections inspections;

	@Test
	void aSecondInspectionOfABusinessByAnotherUnitIsWarnedOnEntryAndSavedOnlyWhenConfirmed() throws Exception {
		long stnmt = OpsPages.organisation(jdbc, "STNMT");
		inspections.create(stnmt, new InspectionInput(2031, "Công ty CP Đá Thử", "4900999001", "Khai thác đá", 3,
				OpsPages.unit(jdbc, "TTS"), List.of(), InspectionKind.PLANNED, "", "", InspectionStatus.PLANNED, false),
				false);
		Document warned = OpsPages.page(mockMvc, entry("4900999001").param("confirmDuplicate", "false"));
		assertThat(warned.select("#duplicate-warning").text()).contains("Khai thác đá", "Thanh tra Sở chủ trì",
				"Tháng 3/2031", "Chỉ thị 20/CT-TTg");
		assertThat(warned.select(".error-summary a").eachAttr("href")).containsExactly("#confirmDuplicate");
		assertThat(warned.select("#businessName").val()).isEqualTo("Công ty CP Đá Thử");
		assertThat(count("4900999001", 2031)).isEqualTo(1);
		mockMvc.perform(entry("4900999001").param("confirmDuplicate", "true")).andExpect(status().is3xxRedirection());
		assertThat(count("4900999001", 2031)).isEqualTo(2);
		Document plan = OpsPages.page(mockMvc, "/operations/inspections?year=2031", "lanhdao");
		assertThat(plan.select("#duplicates li[data-tax-code=4900999001]").text()).contains("Thanh tra Sở",
				"Chi cục Bảo vệ Môi trường");
		assertThat(plan.select("#duplicate-count strong").text()).isEqualTo("1");
		assertThat(plan.select("#inspections tr.duplicate")).hasSize(2);
		mockMvc.perform(entry("4900999002").param("confirmDuplicate", "false")).andExpect(status().is3xxRedirection());
		assertThat(count("4900999002", 2031)).as("another business is saved at once").isEqualTo(1);
	}

	@Test
	void theImportWarnsOfBusinessesInspectedTwiceAcrossUnitsAndSavesNothingFromABadFile() throws Exception {
		String good = """
				Doanh nghiệp,Mã số thuế,Nội dung,Tháng,Đơn vị chủ trì,Đơn vị phối hợp,Hình thức,Căn cứ pháp lý,Dấu hiệu vi phạm
				Công ty TNHH Nhập Một,4900888001,Khai thác nước,2,TNNKS,TTS,theo kế hoạch,,
				Công ty TNHH Nhập Một,4900888001,Xả thải,9,Chi cục Bảo vệ Môi trường,,Đột xuất,Điều 50 Luật Thanh tra,Phản ánh xả thải
				Công ty TNHH Nhập Hai,4900888002,Sử dụng đất,5,QLDD,,,,
				""";
		mockMvc.perform(upload(2032, "ke-hoach.csv", good)).andExpect(status().is3xxRedirection());
		assertThat(count("4900888001", 2032)).isEqualTo(2);
		Document plan = OpsPages.page(mockMvc, "/operations/inspections?year=2032", "vanphong");
		assertThat(plan.select("#duplicates li[data-tax-code=4900888001]").text())
			.contains("Phòng Quản lý Tài nguyên nước và Khoáng sản", "Chi cục Bảo vệ Môi trường");
		assertThat(plan.select("#inspection-counts").text()).contains("2 Cuộc theo kế hoạch", "1 Cuộc đột xuất");
		String bad = """
				Doanh nghiệp,Mã số thuế,Nội dung,Tháng,Đơn vị chủ trì,Hình thức
				Công ty TNHH Sai Một,49008,Khai thác nước,2,TNNKS,
				Công ty TNHH Sai Hai,4900888004,Sử dụng đất,13,QLDD,
				Công ty TNHH Sai Ba,4900888005,Sử dụng đất,5,Phòng Không Có,
				Công ty TNHH Sai Bốn,4900888006,Kiểm tra đột xuất,6,TTS,đột xuất
				Công ty TNHH Đúng,4900888007,Sử dụng đất,5,QLDD,
				""";
		Document refused = OpsPages.page(mockMvc, upload(2033, "sai.csv", bad));
		assertThat(refused.select(".error-summary li").eachText())
			.anySatisfy(t -> assertThat(t).contains("dòng 2", "Mã số thuế"))
			.anySatisfy(t -> assertThat(t).contains("dòng 3", "Tháng"))
			.anySatisfy(t -> assertThat(t).contains("dòng 4", "Phòng Không Có"))
			.anySatisfy(t -> assertThat(t).contains("dòng 5", "Căn cứ pháp lý"));
		assertThat(jdbc.sql("select count(*) from ops_inspection where year = 2033").query(Long.class).single())
			.isZero();
	}

	@Test
	void anXlsxImportWarnsOfABusinessAlreadyInspectedByAnotherUnit() throws Exception {
		long stnmt = OpsPages.organisation(jdbc, "STNMT");
		inspections.create(stnmt,
				new InspectionInput(2034, "Công ty CP Mỏ Thử", "4900777001", "Khai thác khoáng sản", 4,
						OpsPages.unit(jdbc, "TTS"), List.of(), InspectionKind.PLANNED, "", "", InspectionStatus.PLANNED,
						false),
				false);
		byte[] workbook;
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = book.createSheet("Kế hoạch");
			String[][] rows = { { "Mã số thuế", "Doanh nghiệp", "Nội dung", "Tháng", "Đơn vị chủ trì" },
					{ "4900777001", "Công ty CP Mỏ Thử", "Quan trắc môi trường", "10", "CCBVMT" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (r == 1 && c == 3) {
						row.createCell(c).setCellValue(10);
					}
					else {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			book.write(out);
			workbook = out.toByteArray();
		}
		var result = mockMvc.perform(multipart("/operations/inspections/import")
			.file(new MockMultipartFile("file", "ke-hoach.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
			.with(httpBasic("vanphong", "demo123"))
			.with(csrf())
			.param("year", "2034")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getFlashMap().get("imported")).isEqualTo(1);
		assertThat(result.getFlashMap().get("importDuplicates")).isEqualTo(1);
		assertThat(inspections.duplicates(stnmt, 2034)).singleElement()
			.satisfies(d -> assertThat(d.inspections()).extracting(i -> i.leadUnitName())
				.containsExactly("Thanh tra Sở", "Chi cục Bảo vệ Môi trường"));
	}

	@Test
	void anUnscheduledInspectionNeedsItsLegalBasisAndSignOfViolation() throws Exception {
		Document form = OpsPages.page(mockMvc, entry("vanphong", "4900999101", "UNSCHEDULED"));
		assertThat(form.select(".error-summary a").eachAttr("href")).contains("#legalBasis", "#violationSign");
		Document taxCode = OpsPages.page(mockMvc, entry("49-abc"));
		assertThat(taxCode.select(".error-summary").text()).contains("Mã số thuế");
		assertThat(count("4900999101", 2031)).isZero();
	}

	@Test
	void theDemoPlanHasOneBusinessInspectedTwiceAndOnlyTheOfficePlans() throws Exception {
		long stnmt = OpsPages.organisation(jdbc, "STNMT");
		assertThat(inspections.duplicates(stnmt, 2020)).singleElement()
			.satisfies(d -> assertThat(d.taxCode()).isEqualTo("4900678905"));
		assertThat(inspections.counts(stnmt, 2020).total()).isEqualTo(20);
		String check = mockMvc
			.perform(get("/api/v1/operations/inspections/duplicate-check?year=2020&taxCode=4900678905")
				.with(httpBasic("skhdt", "demo123")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains("Ký quỹ cải tạo", "Chấp hành quy định về khai thác khoáng sản");
		mockMvc.perform(entry("qldd", "4900999201")).andExpect(status().isForbidden());
		mockMvc.perform(get("/operations/inspections/new").with(httpBasic("lanhdao", "demo123")))
			.andExpect(status().isForbidden());
		long demo = jdbc.sql("select min(id) from ops_inspection where illustrative").query(Long.class).single();
		mockMvc.perform(get("/operations/inspections/" + demo).with(httpBasic("sct", "demo123")))
			.andExpect(status().isNotFound());
		assertThat(OpsPages.page(mockMvc, "/operations/inspections", "sct").select("#inspections tbody tr")).isEmpty();
	}

	private MockHttpServletRequestBuilder entry(String taxCode) {
		return entry("vanphong", taxCode);
	}

	private MockHttpServletRequestBuilder entry(String user, String taxCode) {
		return entry(user, taxCode, "PLANNED");
	}

	private MockHttpServletRequestBuilder entry(String user, String taxCode, String kind) {
		return post("/operations/inspections").with(httpBasic(user, "demo123"))
			.with(csrf())
			.param("year", "2031")
			.param("businessName", "Công ty CP Đá Thử")
			.param("taxCode", taxCode)
			.param("topic", "Bảo vệ môi trường mỏ đá")
			.param("plannedMonth", "8")
			.param("leadUnitId", String.valueOf(OpsPages.unit(jdbc, "CCBVMT")))
			.param("kind", kind);
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(int year, String name, String csv) {
		return multipart("/operations/inspections/import")
			.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("vanphong", "demo123"))
			.with(csrf())
			.param("year", String.valueOf(year));
	}

	private long count(String taxCode, int year) {
		return jdbc.sql("select count(*) from ops_inspection where tax_code = ? and year = ?")
			.params(taxCode, year)
			.query(Long.class)
			.single();
	}

}
