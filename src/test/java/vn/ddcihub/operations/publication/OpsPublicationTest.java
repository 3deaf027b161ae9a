package vn.ddcihub.operations.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.operations.common.DemoPdf;
import vn.ddcihub.operations.kpi.KpiReading;

/**
 * The publications library: the Office adds a document with its PDF, anyone finds it
 * without diacritics on the public page and downloads the file; a withdrawn document
 * disappears; unit staff and other organisations cannot change it; a file that is not a
 * PDF, DOCX or XLSX is refused beside the form; the freshness KPI counts the documents.
 */
class OpsPublicationTest extends IntegrationTest {

	@Autowired
	private PublicationKpis kpis;

	@Test
	void aDocumentIsPublishedFoundWithoutDiacriticsDownloadedAndWithdrawn() throws Exception {
		String marker = "Đồng Mỏ " + UUID.randomUUID().toString().substring(0, 6);
		MvcResult saved = mockMvc
			.perform(form("vanphong", "Quyết định phê duyệt quy hoạch khoáng sản " + marker)
				.file(new MockMultipartFile("file", "quy-hoach.pdf", "application/pdf", DemoPdf.of("quy hoach"))))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/operations/publications");
		long id = jdbc.sql("select id from ops_publication where title like ?")
			.param("%" + marker)
			.query(Long.class)
			.single();
		String folded = "quyet dinh phe duyet quy hoach khoang san dong mo " + marker.substring(marker.length() - 6);
		Document found = Jsoup.parse(mockMvc.perform(get("/cong-khai/van-ban").param("q", folded.toUpperCase()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(found.select("#publications li")).hasSize(1);
		assertThat(found.select("#publication-" + id + " a[href$=/tep]")).hasSize(1);
		MvcResult file = mockMvc.perform(get("/cong-khai/van-ban/" + id + "/tep"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(file.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes());

		mockMvc
			.perform(post("/operations/publications/" + id + "/withdraw").with(httpBasic("sct", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(post("/operations/publications/" + id + "/withdraw").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mockMvc.perform(get("/cong-khai/van-ban/" + id)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'OpsPublication' and entity_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void unitStaffCannotAddAndAWrongFileComesBackBesideTheForm() throws Exception {
		String title = "Văn bản có tệp sai " + UUID.randomUUID();
		mockMvc.perform(form("qldd", title)).andExpect(status().isForbidden());
		MvcResult refused = mockMvc
			.perform(form("vanphong", title)
				.file(new MockMultipartFile("file", "bang-phi.pdf", "application/pdf", "not a pdf".getBytes())))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select(".error-summary").text()).contains("bang-phi.pdf");
		assertThat(page.select("#title").val()).isEqualTo(title);
		assertThat(jdbc.sql("select count(*) from ops_publication where title = ?")
			.param(title)
			.query(Long.class)
			.single()).isZero();
		Document missing = Jsoup.parse(mockMvc
			.perform(multipart("/operations/publications/new").with(httpBasic("vanphong", DEMO_PASSWORD))
				.with(csrf())
				.param("issuedOn", "31/02/2026"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(missing.select(".error-summary a").eachAttr("href")).contains("#type", "#numberSymbol", "#issuedOn",
				"#title");
	}

	@Test
	void theFreshnessKpiCountsTheYearsDocuments() {
		long stnmt = jdbc.sql("select id from org_organisation where code = 'STNMT'").query(Long.class).single();
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		long expected = jdbc.sql("""
				select count(*) from ops_publication where organisation_id = ? and not withdrawn
				and extract(year from published_at at time zone 'Asia/Ho_Chi_Minh') = ?""")
			.params(stnmt, year)
			.query(Long.class)
			.single();
		KpiReading count = kpis.readings(stnmt, year, year)
			.stream()
			.filter(r -> r.code().equals(PublicationKpis.PUBLISHED) && r.isYear())
			.findFirst()
			.orElseThrow();
		assertThat(count.value()).isEqualTo(expected);
		assertThat(kpis.readings(stnmt, year, year))
			.anyMatch(r -> r.code().equals(PublicationKpis.DAYS_SINCE_UPDATE) && r.isYear() && r.value() >= 0);
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder form(String user,
			String title) {
		var form = multipart("/operations/publications/new");
		form.with(httpBasic(user, DEMO_PASSWORD)).with(csrf());
		form.param("type", "MINERAL_PLAN")
			.param("field", "MINERALS")
			.param("numberSymbol", "99/QĐ-UBND")
			.param("issuedOn", "15/11/2026")
			.param("issuer", "Ủy ban nhân dân tỉnh Lạng Sơn")
			.param("title", title)
			.param("summary", "Tóm tắt");
		return form;
	}

}
