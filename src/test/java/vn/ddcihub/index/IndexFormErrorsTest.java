package vn.ddcihub.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.FormPage;
import vn.ddcihub.IntegrationTest;

/**
 * The index forms — new edition, definition, components, copy, results import, score
 * correction, assessed units — refuse wrong values the GOV.UK way and read "7,5" and
 * "7.5" as the same score. They work on the district edition 2041, which no other test
 * uses.
 */
class IndexFormErrorsTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	@BeforeEach
	void edition2041() throws Exception {
		if (jdbc.sql("select count(*) from index_edition where year = 2041").query(Integer.class).single() == 0) {
			String csv = "unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\nF1;Huyện F1;5;5;5;5;5;5;5;5\nF2;Huyện F2;6;6;6;6;6;6;6;6\n";
			mockMvc
				.perform(multipart("/api/v1/editions/2041/results?block=DISTRICT&createUnits=true")
					.file(new MockMultipartFile("file", "2041.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
					.with(ADMIN))
				.andExpect(status().isOk());
		}
	}

	private FormPage refused(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return FormPage.of(mockMvc.perform(request.with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private BigDecimal score(String unit, String component) {
		return jdbc
			.sql("""
					select r.scores[array_position(r.component_codes, :component::varchar)] from index_result r join index_edition e on e.id = r.edition_id
					where e.year = 2041 and e.block = 'DISTRICT' and r.unit_code = :unit""")
			.param("unit", unit)
			.param("component", component)
			.query(BigDecimal.class)
			.single();
	}

	@Test
	void scoresTypedWithACommaOrAPointAreTheSameNumber() throws Exception {
		MockHttpServletRequestBuilder form = post("/index/2041/units/F1/edit?block=DISTRICT");
		for (int c = 1; c <= 8; c++) {
			form.param("score_C" + c, c == 1 ? "7,5" : c == 2 ? "7.5" : "6");
		}
		mockMvc.perform(form.with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(score("F1", "C1")).isEqualTo(new BigDecimal("7.50"));
		assertThat(score("F1", "C2")).isEqualTo(new BigDecimal("7.50"));
	}

	@Test
	void wrongScoresAreExplainedBesideTheirComponentAndKept() throws Exception {
		MockHttpServletRequestBuilder form = post("/index/2041/units/F2/edit?block=DISTRICT");
		for (int c = 1; c <= 8; c++) {
			form.param("score_C" + c, c == 1 ? "12" : c == 2 ? "bảy" : c == 3 ? "" : "6");
		}
		form.param("publishedTotal", "120,5");
		FormPage page = refused(form);
		page.showsError("score_C1", "C1 — Tính minh bạch và tiếp cận thông tin phải từ 0 đến 10")
			.showsError("score_C2", "C2 — Chi phí thời gian phải là một số, ví dụ 7,5")
			.showsError("score_C3", "C3 — Chi phí không chính thức không được để trống")
			.showsError("publishedTotal", "Điểm tổng hợp công bố (nếu có) phải từ 0 đến 100");
		assertThat(page.value("score_C2")).isEqualTo("bảy");
		assertThat(page.value("publishedTotal")).isEqualTo("120,5");
		refused(form.param("lang", "en")).showsError("score_C1",
				"C1 — Transparency and access to information must be between 0 and 10");
		assertThat(score("F2", "C1")).isEqualTo(new BigDecimal("6.00"));
	}

	@Test
	void aNewEditionNeedsAYearAndAName() throws Exception {
		FormPage page = refused(
				post("/index/editions").param("year", "hai nghìn").param("block", "DISTRICT").param("name", ""));
		page.showsError("year", "Kỳ đánh giá (năm) phải là một số nguyên")
			.showsError("name", "Tên kỳ đánh giá không được để trống");
		assertThat(page.value("year")).isEqualTo("hai nghìn");
		refused(post("/index/editions").param("year", "1999")
			.param("block", "DISTRICT")
			.param("name", "x")
			.param("lang", "en")).showsError("year", "Edition (year) must be between 2000 and 2100");
	}

	@Test
	void theDefinitionPageExplainsEachWrongCell() throws Exception {
		MockHttpServletRequestBuilder form = post("/index/editions/2041?block=DISTRICT").param("name", "DDCI 2041");
		for (int c = 1; c <= 8; c++) {
			form.param("weight_C" + c, c == 1 ? "nhiều" : "1")
				.param("nameVi_C" + c, c == 2 ? "" : c == 3 ? "d".repeat(256) : "Chỉ số " + c)
				.param("order_C" + c, String.valueOf(c));
		}
		FormPage page = refused(form);
		page.showsError("weight_C1", "Trọng số C1 phải là một số, ví dụ 7,5")
			.showsError("nameVi_C2", "Tên tiếng Việt C2 không được để trống")
			.showsError("nameVi_C3", "Tên tiếng Việt C3 chỉ được tối đa 255 ký tự");
		assertThat(page.text("nameVi_C3-info")).isEqualTo("Tối đa 255 ký tự");
		assertThat(page.value("weight_C1")).isEqualTo("nhiều");

		FormPage component = refused(post("/index/editions/2041/components?block=DISTRICT").param("newCode", "C 9")
			.param("newNameVi", "Chuyển đổi số")
			.param("newWeight", "-1"));
		component.showsError("newCode", "Mã chỉ gồm chữ không dấu, chữ số, dấu gạch ngang hoặc gạch dưới")
			.showsError("newWeight", "Trọng số không được là số âm");
		assertThat(component.value("newNameVi")).isEqualTo("Chuyển đổi số");

		refused(post("/index/editions/2041/copy?block=DISTRICT").param("toYear", "năm sau").param("lang", "en"))
			.showsError("toYear", "To year must be a whole number");
	}

	@Test
	void anImportNeedsItsYearAndFile() throws Exception {
		FormPage page = refused(multipart("/index/import").param("year", "").param("block", "DISTRICT"));
		page.showsError("year", "Kỳ đánh giá (năm) không được để trống")
			.showsError("file", "Tệp kết quả chưa được chọn");
	}

	@Test
	void assessedUnitsNeedACodeAndAName() throws Exception {
		refused(post("/index/units?block=DISTRICT").param("code", "").param("name", "Huyện không mã"))
			.showsError("new-code", "Mã không được để trống");
		FormPage row = refused(post("/index/units/F1?block=DISTRICT").param("name", "").param("organisationId", ""));
		row.showsError("unit-F1-name", "Tên đơn vị không được để trống");
	}

	@Test
	void theApiAndResultsFilesKeepTheSameRangesAsThePages() throws Exception {
		StringBuilder scores = new StringBuilder();
		for (int c = 1; c <= 8; c++) {
			scores.append(c == 1 ? "" : ",").append("\"C").append(c).append("\":5.5");
		}
		mockMvc
			.perform(put("/api/v1/editions/2041/units/F1/scores?block=DISTRICT").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\":{" + scores + "},\"publishedRank\":3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field").value("publishedRank"))
			.andExpect(jsonPath("$.problems[0].message")
				.value("Xếp hạng công bố phải từ 1 đến 2 (số đơn vị của kỳ 2041)"));
		String csv = "unit_code;c1;c2;c3;c4;c5;c6;c7;c8;total\nF1;10,5;5;5;5;5;5;5;5;100,5\n";
		mockMvc
			.perform(multipart("/api/v1/editions/2041/results?block=DISTRICT")
				.file(new MockMultipartFile("file", "sai.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].message").value("Điểm 10,5 nằm ngoài khoảng 0–10"))
			.andExpect(jsonPath("$.problems[1].message").value("Điểm tổng hợp 100,5 nằm ngoài khoảng 0–100"));
	}

}
