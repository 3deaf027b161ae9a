package vn.ddcihub.operations.dossier;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier pages and API with the demo's users: the analytics of the illustrative
 * year, the catalogue form, an upload previewed with its errors, and who may do what.
 */
class OpsDossierPagesTest extends IntegrationTest {

	private static final RequestPostProcessor OFFICE = httpBasic("vanphong", DEMO_PASSWORD);

	@Test
	void theAnalyticsOfTheIllustrativeYearShowTheDecision766FigureAndItsFormula() throws Exception {
		Document page = page(get("/operations/dossiers").with(httpBasic("lanhdao", DEMO_PASSWORD)));
		assertThat(page.select("#illustrative-note").text()).contains("minh họa");
		assertThat(page.select("#formula-766").text()).contains("766/QĐ-TTg");
		assertThat(page.select("#on-time-766").text()).matches("\\d{2},\\d %");
		assertThat(page.select("#dossier-table tbody tr")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("#trend-chart rect")).isNotEmpty();
		assertThat(page.select("#histogram-chart rect")).isNotEmpty();
		assertThat(page.select("#late-list tbody tr")).isNotEmpty();

		Document byMonth = page(get("/operations/dossiers").param("by", "MONTH")
			.param("from", "2020-01")
			.param("to", "2020-12")
			.param("channel", "ONLINE")
			.with(OFFICE));
		assertThat(byMonth.select("#dossier-table tbody tr")).hasSize(12);

		String csv = mockMvc
			.perform(get("/operations/dossiers/table").param("format", "csv").param("by", "CHANNEL").with(OFFICE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Trực tuyến").contains("Tổng cộng");
		mockMvc.perform(get("/operations/dossiers/table").param("format", "xlsx").with(OFFICE))
			.andExpect(status().isOk());
	}

	@Test
	void theCatalogueFormSaysWhatIsWrongAndDefaultsTheThirtyPercentCut() throws Exception {
		Document wrong = page(post("/operations/dossiers/procedures").with(OFFICE)
			.with(csrf())
			.param("code", "DD-01")
			.param("name", "Trùng mã")
			.param("field", "Đất đai")
			.param("statutoryDays", "mười")
			.param("onlineLevel", "NONE"));
		assertThat(wrong.select(".error-summary").text()).contains("Thời hạn theo quy định");

		Document duplicate = page(post("/operations/dossiers/procedures").with(OFFICE)
			.with(csrf())
			.param("code", "DD-01")
			.param("name", "Trùng mã")
			.param("field", "Đất đai")
			.param("statutoryDays", "10")
			.param("onlineLevel", "NONE"));
		assertThat(duplicate.select(".error-summary").text()).contains("DD-01").contains("đã có");

		mockMvc
			.perform(post("/operations/dossiers/procedures").with(OFFICE)
				.with(csrf())
				.param("code", "TEST-20")
				.param("name", "Thủ tục thử")
				.param("field", "Đất đai")
				.param("statutoryDays", "20")
				.param("onlineLevel", "FULLY"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select reduced_days from ops_procedure where code = 'TEST-20'").query(Integer.class).single())
			.isEqualTo(14);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'OpsProcedure' and action = 'CREATE'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theCatalogueIsImportedAllOrNothingAndAgainWithoutChanges() throws Exception {
		String bad = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn (ngày),Mức độ trực tuyến\n"
				+ "CAT-1,Thủ tục một,Đất đai,10,Toàn trình\n" + "CAT-2,Thủ tục hai,Đất đai,mười,Một phần\n";
		Document refused = page(
				multipart("/operations/dossiers/procedures/import").file(DossierFixtures.csv("danh-muc.csv", bad))
					.with(OFFICE)
					.with(csrf()));
		assertThat(refused.select(".error-summary").text()).contains("dòng 3").contains("mười");
		assertThat(jdbc.sql("select count(*) from ops_procedure where code like 'CAT-%'").query(Long.class).single())
			.isZero();

		String good = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn (ngày),Mức độ trực tuyến,Phí\n"
				+ "CAT-1,Thủ tục một,Đất đai,10,Toàn trình,\n"
				+ "CAT-2,Thủ tục hai,Môi trường,20 ngày,Một phần,50.000 đồng\n";
		for (String expected : new String[] { "added=2&changed=0&unchanged=0", "added=0&changed=0&unchanged=2" }) {
			mockMvc
				.perform(multipart("/operations/dossiers/procedures/import")
					.file(DossierFixtures.csv("danh-muc.csv", good))
					.with(OFFICE)
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
					.redirectedUrlPattern("/operations/dossiers/procedures?org=*&" + expected));
		}
		assertThat(
				jdbc.sql("select reduced_days from ops_procedure where code = 'CAT-2'").query(Integer.class).single())
			.isEqualTo(14);
	}

	@Test
	void anUploadIsPreviewedWithItsErrorsByRowAndColumn() throws Exception {
		String file = DossierFixtures.HEADER
				+ "PV-1,DD-01,Đăng ký,Đất đai,Văn phòng Đăng ký đất đai,Trực tuyến,02/03/2021,10/03/2021,09/03/2021,Đã trả,\n"
				+ "PV-2,DD-01,Đăng ký,Đất đai,Phòng không có,Trực tuyến,02/03/2021,hôm nay,,,\n";
		String location = mockMvc
			.perform(multipart("/operations/dossiers/imports").file(DossierFixtures.csv("xem-truoc.csv", file))
				.with(OFFICE)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document preview = page(get(location).with(OFFICE));
		assertThat(preview.select("#preview-problems").text()).contains("dòng 3").contains("Ngày hẹn trả");
		assertThat(preview.select("#map-CODE option[selected]").attr("value")).isEqualTo("Mã hồ sơ");
		Document confirmed = page(post(location).with(OFFICE)
			.with(csrf())
			.param("action", "confirm")
			.param("map.CODE", "Mã hồ sơ")
			.param("map.UNIT", "Đơn vị xử lý")
			.param("map.CHANNEL", "Kênh tiếp nhận")
			.param("map.RECEIVED_AT", "Ngày tiếp nhận"));
		assertThat(confirmed.select(".error-summary").text()).contains("Ngày hẹn trả");
	}

	@Test
	void aViewerCannotImportAndAnotherOrganisationSeesNothing() throws Exception {
		long stnmt = DossierFixtures.organisation(jdbc, "STNMT");
		MockMultipartFile file = DossierFixtures.csv("a.csv", DossierFixtures.HEADER);
		mockMvc
			.perform(multipart("/operations/dossiers/imports").file(file)
				.with(httpBasic("skhdt", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(multipart("/api/v1/operations/dossiers/organisations/" + stnmt + "/imports").file(file)
				.with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(get("/operations/dossiers").param("org", String.valueOf(stnmt))
				.with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(get("/api/v1/operations/dossiers/organisations/" + stnmt + "/analytics")
				.with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(post("/operations/dossiers/procedures").with(httpBasic("qldd", DEMO_PASSWORD))
				.with(csrf())
				.param("code", "X"))
			.andExpect(status().isForbidden());
		// the viewer reads across organisations
		String analytics = mockMvc
			.perform(get("/api/v1/operations/dossiers/organisations/" + stnmt + "/analytics").param("by", "FIELD")
				.with(httpBasic("skhdt", DEMO_PASSWORD))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(analytics).contains("\"key\":\"Đất đai\"").contains("\"illustrative\":true");
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(mockMvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
