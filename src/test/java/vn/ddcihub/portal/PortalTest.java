package vn.ddcihub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;

/**
 * The public portal: only published editions are shown, to anyone without signing in;
 * only ADMIN publishes and withdraws (API and edition page), audited. Editions of the
 * district block in 2048 and 2049, years only this test uses.
 */
class PortalTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	private static final String CSV_HEADER = "unit_code,unit_name,C1,C2,C3,C4,C5,C6,C7,C8\n";

	@Test
	void anUnpublishedEditionIsNotFoundAndNotListedUntilAdminPublishesIt() throws Exception {
		importResults(2049, CSV_HEADER + """
				H37A,Huyện Cao Lộc,8,8,8,8,8,8,8,8
				H37B,Huyện Văn Lãng,6,6,6,6,6,6,6,6
				H37C,=Huyện Lộc Bình,4,5,6,7,4,5,6,7
				""");
		for (String path : List.of("/cong-khai/2049/DISTRICT", "/cong-khai/2049/district/H37A",
				"/cong-khai/2049/DISTRICT/H37A/du-lieu", "/cong-khai/2049/DISTRICT/bang-xep-hang.csv",
				"/cong-khai/2049/DISTRICT/bang-xep-hang.xlsx", "/cong-khai/2049/DISTRICT/bang-hoi",
				"/cong-khai/2049/DISTRICT/bang-hoi.xlsx")) {
			assertThat(mockMvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
		}
		String notFound = mockMvc.perform(get("/cong-khai/2049/DISTRICT"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(notFound).contains("Không có kết quả công khai của kỳ 2049").doesNotContain("Huyện Cao Lộc");
		assertThat(page("/cong-khai")).doesNotContain("2049");

		for (String user : List.of("qldd", "vanphong", "lanhdao", "skhdt")) {
			mockMvc
				.perform(put("/api/v1/editions/2049/publication?block=DISTRICT").with(httpBasic(user, DEMO_PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mockMvc.perform(put("/api/v1/editions/2049/publication?block=DISTRICT")).andExpect(status().isUnauthorized());
		mockMvc.perform(put("/api/v1/editions/2049/publication?block=DISTRICT").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedBy").value("admin"))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());
		assertThat(jdbc
			.sql("""
					select before_state::jsonb ->> 'published' || '→' || (after_state::jsonb ->> 'published')
					from audit_event where entity_type = 'IndexEdition' and entity_id = '2049-DISTRICT' and action = 'UPDATE'
					  and actor = 'admin'""")
			.query(String.class)
			.list()).containsExactly("false→true");

		assertThat(page("/cong-khai")).contains("/cong-khai/2049/DISTRICT");
		String league = page("/cong-khai/2049/district");
		assertThat(league).contains("<caption>")
			.contains("Huyện Cao Lộc")
			.contains("80,00")
			.contains("Rất tốt")
			.contains("Trung vị khối")
			.doesNotContain("minh họa</small>");
		String unit = page("/cong-khai/2049/DISTRICT/H37B");
		assertThat(unit).contains("Huyện Văn Lãng — 2049").contains("2/3").contains("radar-chart");
		mockMvc.perform(get("/cong-khai/2049/DISTRICT/H37B/du-lieu"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components[0].score").value(6.0))
			.andExpect(jsonPath("$.components[0].median").value(6.0))
			.andExpect(jsonPath("$.components[0].best").value(8.0))
			.andExpect(jsonPath("$.trend[0].year").value(2049))
			.andExpect(jsonPath("$.trend[0].rank").value(2));

		mockMvc
			.perform(delete("/api/v1/editions/2049/publication?block=DISTRICT")
				.with(httpBasic("vanphong", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc.perform(delete("/api/v1/editions/2049/publication?block=DISTRICT").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedAt").isEmpty());
		mockMvc.perform(get("/cong-khai/2049/DISTRICT")).andExpect(status().isNotFound());
		mockMvc.perform(get("/cong-khai/2049/DISTRICT/H37B")).andExpect(status().isNotFound());
		assertThat(page("/cong-khai")).doesNotContain("2049");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'IndexEdition' and entity_id = '2049-DISTRICT'
				  and action = 'UPDATE' and after_state::jsonb ->> 'published' = 'false'""").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void onlyAdminPublishesFromTheEditionPageAndTheTrendCoversPublishedEditionsOnly() throws Exception {
		importResults(2047,
				CSV_HEADER + "H36A,Huyện Tràng Định,5,5,5,5,5,5,5,5\nH36B,Huyện Bình Gia,7,7,7,7,7,7,7,7\n");
		importResults(2048,
				CSV_HEADER + "H36A,Huyện Tràng Định,9,9,9,9,9,9,9,9\nH36B,Huyện Bình Gia,7,7,7,7,7,7,7,7\n");
		assertThat(page("/index/editions/2048?block=DISTRICT", httpBasic("vanphong", DEMO_PASSWORD)))
			.contains("Chưa công bố")
			.doesNotContain("publication-button");
		assertThat(page("/index/editions/2048?block=DISTRICT", ADMIN)).contains("publication-button")
			.contains("data-confirm=");
		mockMvc
			.perform(post("/index/editions/2048/publication?block=DISTRICT").param("publish", "true")
				.with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(post("/index/editions/2048/publication?block=DISTRICT").param("publish", "true")
				.with(ADMIN)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/index/editions/2048?block=DISTRICT"));
		assertThat(page("/index/editions/2048?block=DISTRICT", ADMIN)).contains("Đã công bố")
			.contains("Rút khỏi trang công khai");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_id = '2048-DISTRICT' and action = 'UPDATE'"
				+ " and after_state::jsonb ->> 'published' = 'true' and before_state::jsonb ->> 'published' = 'false'")
			.query(Long.class)
			.single()).isEqualTo(1);

		// 2047 is not published: the 2048 profile's trend leaves it out
		mockMvc.perform(get("/cong-khai/2048/DISTRICT/H36A/du-lieu"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trend.length()").value(1))
			.andExpect(jsonPath("$.trend[0].year").value(2048));
		mockMvc
			.perform(post("/index/editions/2047/publication?block=DISTRICT").param("publish", "true")
				.with(ADMIN)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/cong-khai/2048/DISTRICT/H36A/du-lieu"))
			.andExpect(jsonPath("$.trend.length()").value(2))
			.andExpect(jsonPath("$.trend[0].year").value(2047))
			.andExpect(jsonPath("$.trend[0].rank").value(2))
			.andExpect(jsonPath("$.trend[1].rank").value(1));
		String list = page("/cong-khai");
		assertThat(list.indexOf("/cong-khai/2048/DISTRICT")).as("newest first")
			.isLessThan(list.indexOf("/cong-khai/2047/DISTRICT"));
	}

	@Test
	void publicPagesAnswerWithoutSigningInAndLabelIllustrativeEditions() throws Exception {
		assertThat(page("/login")).contains("href=\"/cong-khai\"").contains("Kết quả công khai");
		String list = page("/cong-khai");
		assertThat(list).contains("lang=\"vi\"")
			.contains("/cong-khai/2019/DEPARTMENT")
			.contains("/cong-khai/phuong-phap")
			.doesNotContain("main-nav")
			.doesNotContain("/logout");
		assertThat(page("/cong-khai/2019/DEPARTMENT")).contains("Sở Tài nguyên và Môi trường")
			.contains("illustrative-note")
			.contains("minh họa");
		assertThat(page("/cong-khai/2019/DEPARTMENT/STNMT")).contains("<h1>Sở Tài nguyên và Môi trường — 2019</h1>")
			.contains("unit-trend")
			.contains("minh họa");
		assertThat(page("/cong-khai/phuong-phap")).contains("min–max").contains("× 10");
		// a signed-in user sees the public layout too, without the working menu
		assertThat(page("/cong-khai", httpBasic("qldd", DEMO_PASSWORD))).doesNotContain("main-nav");
		mockMvc.perform(get("/cong-khai/2019/NO_SUCH_BLOCK")).andExpect(status().isNotFound());
		mockMvc.perform(get("/cong-khai/2019/DEPARTMENT/NOBODY")).andExpect(status().isNotFound());
		// the rest still needs a sign-in
		mockMvc.perform(get("/index")).andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/api/v1/editions/2019/results")).andExpect(status().isUnauthorized());
	}

	@Test
	void thePublishedSurveyEditionShowsItsQuestionnaireAndOffersItAsXlsForm() throws Exception {
		assertThat(page("/cong-khai/2020/DEPARTMENT")).contains("href=\"/cong-khai/2020/DEPARTMENT/bang-hoi\"");

		String questionnaire = page("/cong-khai/2020/DEPARTMENT/bang-hoi");
		assertThat(questionnaire).contains("Bảng hỏi khảo sát doanh nghiệp")
			.contains("illustrative-note")
			.contains("id=\"component-C3\"")
			.contains("Tỷ lệ đáp án thuận lợi")
			.contains("✓")
			.contains("hỏi khi")
			.doesNotContain("/survey/questionnaires/")
			.doesNotContain("main-nav");

		byte[] xlsForm = mockMvc.perform(get("/cong-khai/2020/DEPARTMENT/bang-hoi.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bang-hoi-2020")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsForm))) {
			assertThat(workbook.getSheet("survey")).isNotNull();
			assertThat(workbook.getSheet("choices")).isNotNull();
			assertThat(workbook.getSheet("survey").getLastRowNum()).isGreaterThan(30);
		}
	}

	@Test
	void theLeagueTableDownloadsAsCsvAndXlsx() throws Exception {
		byte[] csv = mockMvc.perform(get("/cong-khai/2019/DEPARTMENT/bang-xep-hang.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("ddci-2019-department.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFFHạng;Mã;Đơn vị;C1;C2;C3;C4;C5;C6;C7;C8;Tổng hợp;Nhóm");
		assertThat(lines).hasSize(1 + 23 + 1);
		// an empty first cell is quoted, so the line is not read as blank
		assertThat(lines[lines.length - 1]).startsWith("\"\";;Trung vị khối;7.24;");
		assertThat(text).contains(";STNMT;Sở Tài nguyên và Môi trường;");

		byte[] xlsx = mockMvc.perform(get("/cong-khai/2019/DEPARTMENT/bang-xep-hang.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			boolean found = false;
			for (Row row : sheet) {
				for (var cell : row) {
					found |= cell.toString().equals("Sở Tài nguyên và Môi trường");
				}
			}
			assertThat(found).as("the unit's row in the workbook").isTrue();
			assertThat(sheet.getRow(0).getCell(0).toString()).contains("minh họa");
		}
	}

	private void importResults(int year, String csv) throws Exception {
		mockMvc
			.perform(multipart("/api/v1/editions/" + year + "/results?block=DISTRICT&createUnits=true")
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(ADMIN))
			.andExpect(status().isOk());
	}

	private String page(String path, RequestPostProcessor... user) throws Exception {
		var request = get(path);
		for (RequestPostProcessor u : user) {
			request.with(u);
		}
		return mockMvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
