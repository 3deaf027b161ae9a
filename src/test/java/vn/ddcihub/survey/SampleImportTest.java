package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * Importing a questionnaire's sample: a good CSV matched to the block's units by code or
 * name, a malformed workbook refused with every problem at its row and column and nothing
 * saved, and the page and API only for whoever runs the ranking.
 */
class SampleImportTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	@Autowired
	XlsForms xlsForms;

	@Autowired
	JsonMapper json;

	@Test
	void aGoodCsvReplacesTheSampleWithUnitsMatchedByCodeOrNameAndIsAudited() throws Exception {
		long id = CodesFixtures.questionnaire(xlsForms, 2071);
		mockMvc.perform(multipart("/survey/questionnaires/" + id + "/sample")
			.file(new MockMultipartFile("file", "mau.csv", "text/csv", CodesFixtures.utf8(CodesFixtures.SAMPLE_CSV)))
			.with(ADMIN)
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("""
				select tax_code || ' ' || array_to_string(unit_codes, '+') || ' ' || coalesce(phone, '-') || ' '
				       || coalesce(email, '-') from survey_sample where questionnaire_id = ? order by row_number""")
			.param(id)
			.query(String.class)
			.list()).containsExactly("0101234567 STNMT 0912 345 678 -", "0109876543001 STNMT+SXD - lienhe@dongbac.vn",
					"4900123456 STC 0205 3870 123 htx@mauson.vn");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'SurveySample' and entity_id = ? "
					+ "and action = 'IMPORT'")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);

		Document page = Jsoup.parse(mockMvc.perform(get("/survey/questionnaires/" + id + "/sample").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#sample tbody tr")).hasSize(3);
		assertThat(page.select("#sample tbody tr").first().text()).contains("Công ty TNHH Hoa Sen")
			.contains("Chưa có mã");
	}

	@Test
	void aMalformedWorkbookIsRefusedWithEveryProblemAtItsRowAndColumnAndNothingSaved() throws Exception {
		long id = CodesFixtures.questionnaire(xlsForms, 2072);
		upload(id, "mau.csv", CodesFixtures.utf8(CodesFixtures.SAMPLE_CSV), 200);
		byte[] bad = SurveyFixtures.workbook("Mẫu",
				new String[][] { { "Tên doanh nghiệp", "Mã số thuế", "Điện thoại", "Email", "Đơn vị" },
						{ "Công ty A", "12345", "0912345678", null, "STNMT" },
						{ null, "0101234567", null, null, "STNMT" },
						{ "Công ty C", "0101234568", "abc", "khong-phai-email", "Sở Không Có; STNMT" },
						{ "Công ty D", "0101234569", "0912345679", null, null },
						{ "Công ty E", "0101234567", "0912345670", null, "STC" } });

		JsonNode refusal = upload(id, "hong.xlsx", bad, 400);

		List<String> places = refusal.get("problems")
			.valueStream()
			.map(p -> p.get("row").asText() + "/" + p.get("column").asText())
			.toList();
		assertThat(places).containsExactly("2/Mã số thuế", "3/Tên doanh nghiệp", "3/Điện thoại", "4/Điện thoại",
				"4/E-mail", "4/Đơn vị đã làm việc", "5/Đơn vị đã làm việc", "6/Mã số thuế");
		assertThat(refusal.toString()).contains("phải có 10 hoặc 13 chữ số")
			.contains("Sở Không Có")
			.contains("đã có ở dòng 3");
		assertThat(CodesFixtures.sampleCount(jdbc, id)).as("the earlier sample stays whole").isEqualTo(3);

		JsonNode missing = upload(id, "thieu.csv", CodesFixtures.utf8("Tên;Điện thoại\nA;0912345678\n"), 400);
		assertThat(missing.toString()).contains("Mã số thuế").contains("Đơn vị đã làm việc");
		JsonNode latin = upload(id, "latin.csv",
				"Tên;Mã số thuế\nC\u00f4ng".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 400);
		assertThat(latin.toString()).contains("UTF-8");
	}

	@Test
	void thePageShowsTheProblemsGovUkStyleAndReadersAreRefused() throws Exception {
		long id = CodesFixtures.questionnaire(xlsForms, 2073);
		Document page = Jsoup.parse(
				mockMvc.perform(multipart("/survey/questionnaires/" + id + "/sample")
					.file(new MockMultipartFile("file", "mau.csv", "text/csv",
							CodesFixtures
								.utf8("Tên doanh nghiệp;Mã số thuế;Điện thoại;Đơn vị\nA;1;0912345678;STNMT\n")))
					.with(ADMIN)
					.with(csrf())).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".error-summary li").text()).contains("dòng 2").contains("Mã số thuế");
		assertThat(page.title()).startsWith("Lỗi");
		mockMvc.perform(multipart("/survey/questionnaires/" + id + "/sample").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(
					Jsoup.parse(r.getResponse().getContentAsString()).select(".error-summary a").eachAttr("href"))
				.containsExactly("#file"));

		mockMvc.perform(get("/survey/questionnaires/" + id + "/sample").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(multipart("/api/v1/questionnaires/" + id + "/sample").file(
					new MockMultipartFile("file", "mau.csv", "text/csv", CodesFixtures.utf8(CodesFixtures.SAMPLE_CSV)))
				.with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(CodesFixtures.sampleCount(jdbc, id)).isZero();
	}

	private JsonNode upload(long id, String name, byte[] content, int expected) throws Exception {
		String body = mockMvc
			.perform(multipart("/api/v1/questionnaires/" + id + "/sample")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(ADMIN))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

}
