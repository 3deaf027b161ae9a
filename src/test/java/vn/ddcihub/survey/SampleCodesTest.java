package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.survey.domain.LetterDetails;
import vn.ddcihub.survey.domain.Samples;
import vn.ddcihub.survey.domain.SurveyCodes;
import vn.ddcihub.survey.domain.WebSurvey;
import vn.ddcihub.survey.domain.XlsForms;

/**
 * One-time codes on the real database: one per business, unique, stored as a peppered
 * hash beside the plain code while it can be used; letters (one A4 page each) and the
 * SMS/e-mail file carry the codes; a renewed code replaces the old one, which stops
 * working.
 */
class SampleCodesTest extends IntegrationTest {

	@Autowired
	XlsForms xlsForms;

	@Autowired
	Samples samples;

	@Autowired
	WebSurvey survey;

	@Test
	void codesAreIssuedOncePerBusinessUniqueAndStoredWithAHashThatIsNotTheCode() throws Exception {
		long id = sampled(2074);
		assertThatThrownBy(() -> samples.issueCodes(id)).isInstanceOf(BadInputException.class)
			.hasMessageContaining("ngày mở");
		CodesFixtures.open(jdbc, id);

		int issued = samples.issueCodes(id);

		assertThat(issued).isEqualTo(3);
		assertThat(samples.issueCodes(id)).as("a business keeps its code").isZero();
		List<String> codes = jdbc.sql("select code_plain from survey_sample where questionnaire_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(codes).hasSize(3).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{12}"));
		assertThat(jdbc
			.sql("select count(*) from survey_sample where questionnaire_id = ? and length(code_hash) = 32 "
					+ "and code_hash <> convert_to(code_plain, 'UTF8')")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit_event where after_state::text like ?")
			.param("%" + codes.get(0) + "%")
			.query(Long.class)
			.single()).as("codes never go to the audit trail").isZero();
	}

	@Test
	void lettersHaveOneA4PagePerBusinessWithItsCodeAndTheCsvHasTheLinks() throws Exception {
		long id = sampled(2075);
		CodesFixtures.open(jdbc, id);
		samples.issueCodes(id);
		String hoaSen = SurveyCodes.grouped(CodesFixtures.code(jdbc, id, "0101234567"));

		byte[] pdf = mockMvc
			.perform(post("/survey/questionnaires/" + id + "/sample/letters").with(httpBasic("admin", DEMO_PASSWORD))
				.with(csrf())
				.param("issuerParent", "UBND TỈNH LẠNG SƠN")
				.param("issuer", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
				.param("numberSymbol", "125/SKHĐT-DDCI")
				.param("place", "Lạng Sơn")
				.param("signerTitle", "GIÁM ĐỐC")
				.param("signerName", "Nguyễn Văn An")
				.param("contact", "Phòng Đăng ký kinh doanh, điện thoại 0205 3812 345"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(3);
		assertThat(reader.getPageSize(1).getWidth()).isBetween(594f, 596f);
		String first = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(first).contains(hoaSen)
			.contains("0101234567")
			.contains("/cong-khai/khao-sat")
			.contains("Công ty TNHH Hoa Sen")
			.contains("Sở Tài nguyên và Môi trường");
		reader.close();

		String csv = mockMvc
			.perform(get("/api/v1/questionnaires/" + id + "/sample/codes.csv").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(4);
		assertThat(csv).contains("Công ty TNHH Hoa Sen,0101234567,0912 345 678,," + hoaSen + ",")
			.contains("/cong-khai/khao-sat?ma=" + hoaSen);

		mockMvc
			.perform(post("/survey/questionnaires/" + id + "/sample/letters").with(httpBasic("admin", DEMO_PASSWORD))
				.with(csrf())
				.param("issuer", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"))
			.andExpect(status().isBadRequest())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("error-summary")
				.contains("href=\"#numberSymbol\""));
	}

	@Test
	void aRenewedCodeReplacesTheOldOneWhichStopsWorking() throws Exception {
		long id = sampled(2076);
		CodesFixtures.open(jdbc, id);
		samples.issueCodes(id);
		String old = CodesFixtures.code(jdbc, id, "4900123456");
		long sampleId = jdbc.sql("select id from survey_sample where questionnaire_id = ? and tax_code = '4900123456'")
			.param(id)
			.query(Long.class)
			.single();

		String answer = mockMvc
			.perform(post("/api/v1/questionnaires/" + id + "/sample/" + sampleId + "/code")
				.with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String renewed = CodesFixtures.code(jdbc, id, "4900123456");

		assertThat(renewed).isNotEqualTo(old);
		assertThat(answer).contains(SurveyCodes.grouped(renewed)).contains("\"code\":\"ISSUED\"");
		assertThat(survey.enter(old, "10.0.74.1")).isInstanceOf(WebSurvey.Admission.Refused.class);
		assertThat(survey.enter(renewed, "10.0.74.1")).isInstanceOf(WebSurvey.Admission.Admitted.class);
		assertThat(
				mockMvc.perform(get("/api/v1/questionnaires/" + id + "/sample").with(httpBasic("admin", DEMO_PASSWORD)))
					.andReturn()
					.getResponse()
					.getContentAsString())
			.doesNotContain(renewed)
			.doesNotContain(SurveyCodes.grouped(renewed));
	}

	@Test
	void tenThousandCodesAreDistinctTwelveCharactersOfTheAlphabet() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(SurveyCodes.generate());
		}
		assertThat(codes).hasSize(10_000).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{12}"));
		assertThat(SurveyCodes.BITS).isGreaterThanOrEqualTo(50);
	}

	private long sampled(int year) throws Exception {
		long id = CodesFixtures.questionnaire(xlsForms, year);
		byte[] csv = CodesFixtures.utf8(CodesFixtures.SAMPLE_CSV);
		samples.importFile(id, "mau.csv", csv.length, new ByteArrayResource(csv));
		return id;
	}

}
