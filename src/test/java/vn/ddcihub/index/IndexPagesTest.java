package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.domain.AssessedUnit;
import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.org.OrgDirectory;

/**
 * The index's definition and assessed units are managed from pages, by writers only.
 */
class IndexPagesTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	private static final RequestPostProcessor STAFF = httpBasic("qldd", DEMO_PASSWORD);

	@Autowired
	IndexService index;

	@Autowired
	OrgDirectory directory;

	private String page(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user, int status)
			throws Exception {
		ResultActions result = mockMvc.perform(request.with(user).with(csrf())).andExpect(status().is(status));
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long audited(String entityType, String entityId) {
		return jdbc.sql("select count(*) from audit_event where entity_type = :type and entity_id = :id")
			.param("type", entityType)
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

	@Test
	void aWriterAddsAndRemovesComponentsAndIndicatorsOfANewEditionFromTheDefinitionPage() throws Exception {
		page(post("/index/editions").param("year", "2031")
			.param("block", "DISTRICT")
			.param("name", "DDCI 2031 – huyện"), ADMIN, 302);
		long audits = audited("IndexEdition", "2031-DISTRICT");
		page(post("/index/editions/2031/components?block=DISTRICT").param("newCode", "c9")
			.param("newNameVi", "Chuyển đổi số")
			.param("newNameEn", "")
			.param("newOrder", "")
			.param("newWeight", "1,5"), ADMIN, 302);
		EditionDefinition added = index.definition(2031, Block.DISTRICT);
		assertThat(added.components()).hasSize(9);
		assertThat(added.components().get(8))
			.isEqualTo(new EditionDefinition.ComponentDef("C9", "Chuyển đổi số", "Chuyển đổi số", 9, 1.5));
		assertThat(audited("IndexEdition", "2031-DISTRICT")).isEqualTo(audits + 1);

		assertThat(page(post("/index/editions/2031/components?block=DISTRICT").param("newCode", "C9")
			.param("newNameVi", "Lặp")
			.param("newWeight", "nhiều"), ADMIN, 200))
			.contains("Trọng số phải là một số, ví dụ 7,5", "value=\"nhiều\"");
		assertThat(page(
				post("/index/editions/2031/components?block=DISTRICT").param("newCode", "C9").param("newNameVi", "Lặp"),
				ADMIN, 200))
			.contains("Kỳ 2031 đã có chỉ số thành phần mã C9");

		page(post("/index/editions/2031/indicators?block=DISTRICT").param("indicatorCode", "c9.1")
			.param("indicatorName", "Tỷ lệ hồ sơ trực tuyến toàn trình")
			.param("indicatorPolarity", "NEGATIVE")
			.param("indicatorComponent", "C9"), ADMIN, 302);
		assertThat(index.definition(2031, Block.DISTRICT).indicators()).containsExactly(
				new EditionDefinition.IndicatorDef("C9.1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "NEGATIVE", "C9"));
		assertThat(page(post("/index/editions/2031/components/C9/delete?block=DISTRICT"), ADMIN, 200))
			.contains("còn chỉ tiêu C9.1");
		page(post("/index/editions/2031/indicators/C9.1/delete?block=DISTRICT"), ADMIN, 302);
		page(post("/index/editions/2031/components/C9/delete?block=DISTRICT"), ADMIN, 302);
		EditionDefinition removed = index.definition(2031, Block.DISTRICT);
		assertThat(removed.components()).extracting(EditionDefinition.ComponentDef::code)
			.containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
		assertThat(removed.indicators()).isEmpty();
		assertThat(audited("IndexEdition", "2031-DISTRICT")).isEqualTo(audits + 4);
	}

	@Test
	void aComponentWithResultsIsNotRemoved() throws Exception {
		String answer = page(post("/index/editions/2019/components/C4/delete?block=DEPARTMENT"), ADMIN, 200);
		assertThat(answer).contains("Không thể xóa chỉ số thành phần C4: kỳ 2019 đã có điểm của 23 đơn vị");
		assertThat(index.definition(2019, Block.DEPARTMENT).components()).hasSize(8);
	}

	@Test
	void theDefinitionPageShowsEditingFormsToWritersOnly() throws Exception {
		assertThat(page(get("/index/editions/2019?block=DEPARTMENT"), ADMIN, 200)).contains("id=\"add-component\"",
				"id=\"add-indicator\"", "remove-component-C1");
		assertThat(page(get("/index/editions/2019?block=DEPARTMENT"), STAFF, 200))
			.doesNotContain("id=\"add-component\"", "id=\"add-indicator\"", "remove-component-C1");
	}

	@Test
	void aWriterCreatesAnAssessedUnitAndLinksItToAnOrganisation() throws Exception {
		long association = directory.organisationByCode("HHDN").orElseThrow().id();
		page(post("/index/units?block=DISTRICT").param("code", "z31")
			.param("name", "Huyện Thử")
			.param("organisationId", ""), ADMIN, 302);
		assertThat(index.units(Block.DISTRICT)).contains(new AssessedUnit("Z31", "Huyện Thử", Block.DISTRICT, null));
		assertThat(page(post("/index/units?block=DISTRICT").param("code", "Z31").param("name", "Khác"), ADMIN, 200))
			.contains("Mã đơn vị Z31 đã có trong khối huyện, thành phố");

		page(post("/index/units/Z31?block=DISTRICT").param("name", "Huyện Thử Nghiệm")
			.param("organisationId", String.valueOf(association)), ADMIN, 302);
		assertThat(index.units(Block.DISTRICT))
			.contains(new AssessedUnit("Z31", "Huyện Thử Nghiệm", Block.DISTRICT, association));
		assertThat(page(get("/index/units?block=DISTRICT"), STAFF, 200)).contains("Huyện Thử Nghiệm")
			.contains(directory.organisation(association).orElseThrow().name())
			.doesNotContain("id=\"new-unit\"");

		assertThat(page(post("/index/units/Z31?block=DISTRICT").param("name", "Huyện Thử Nghiệm")
			.param("organisationId", "999999"), ADMIN, 200)).contains("Không có cơ quan số 999999 trong DDCI Hub");
		page(post("/index/units/Z31?block=DISTRICT").param("name", "Huyện Thử Nghiệm").param("organisationId", ""),
				ADMIN, 302);
		assertThat(index.units(Block.DISTRICT))
			.contains(new AssessedUnit("Z31", "Huyện Thử Nghiệm", Block.DISTRICT, null));
		assertThat(audited("AssessedUnit", "DISTRICT-Z31")).isEqualTo(3);
	}

	@Test
	void theLeagueTableLinksToAssessedUnitsForWriters() throws Exception {
		assertThat(page(get("/index"), ADMIN, 200)).contains("href=\"/index/units?block=DEPARTMENT\"");
		assertThat(page(get("/index"), STAFF, 200)).doesNotContain("href=\"/index/units");
	}

	@Test
	void theProfilePdfHasTheRadarAndTheRankTrendCharts() throws Exception {
		byte[] pdf = mockMvc.perform(get("/index/2019/units/STNMT/profile.pdf").with(STAFF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("%PDF");
		assertThat(text.split("/Subtype\\s*/Image", -1).length - 1).isEqualTo(2);
	}

	@Test
	void unitStaffGetForbiddenOnEveryIndexPagePost() throws Exception {
		List<AbstractMockHttpServletRequestBuilder<?>> posts = List.of(
				post("/index/editions").param("year", "2039").param("block", "DISTRICT").param("name", "x"),
				post("/index/editions/2019?block=DEPARTMENT").param("name", "x"),
				post("/index/editions/2019/components?block=DEPARTMENT").param("newCode", "C9").param("newNameVi", "x"),
				post("/index/editions/2019/components/C1/delete?block=DEPARTMENT"),
				post("/index/editions/2019/indicators?block=DEPARTMENT").param("indicatorCode", "I1")
					.param("indicatorName", "x")
					.param("indicatorPolarity", "POSITIVE")
					.param("indicatorComponent", "C1"),
				post("/index/editions/2019/indicators/I1/delete?block=DEPARTMENT"),
				post("/index/editions/2019/copy?block=DEPARTMENT").param("toYear", "2039"),
				post("/index/units?block=DISTRICT").param("code", "Q1").param("name", "x"),
				post("/index/units/STNMT?block=DEPARTMENT").param("name", "x"),
				post("/index/2019/units/STNMT/edit?block=DEPARTMENT").param("score_C1", "9"),
				multipart("/index/import")
					.file(new MockMultipartFile("file", "a.csv", "text/csv",
							"unit_code,c1\nSTNMT,1\n".getBytes(StandardCharsets.UTF_8)))
					.param("year", "2019"));
		for (AbstractMockHttpServletRequestBuilder<?> request : posts) {
			page(request, STAFF, 403);
		}
		assertThat(index.units(Block.DEPARTMENT)).anyMatch(u -> u.code().equals("STNMT") && !u.name().equals("x"));
	}

}
