package vn.ddcihub.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ddcihub.index.Block;
import vn.ddcihub.survey.domain.XlsForms;

/** Questionnaires, samples and codes the tests of the sample and the web survey share. */
final class CodesFixtures {

	/** Three businesses: units by code, by name (another case) and two at once. */
	static final String SAMPLE_CSV = """
			Tên doanh nghiệp;Mã số thuế;Điện thoại;E-mail;Đơn vị đã làm việc
			Công ty TNHH Hoa Sen;0101234567;0912 345 678;;STNMT
			Công ty CP Đông Bắc;0109876543-001;;lienhe@dongbac.vn;sở tài nguyên và môi trường, SXD
			HTX Mẫu Sơn;4900123456;0205 3870 123;htx@mauson.vn;STC
			""";

	private CodesFixtures() {
	}

	/** The KoboToolbox-shaped test form imported into a department edition. */
	static long questionnaire(XlsForms xlsForms, int year) throws IOException {
		byte[] form = SurveyFixtures.koboForm();
		return xlsForms.importFile(year, Block.DEPARTMENT, "kobo.xlsx", form.length, new ByteArrayResource(form)).id();
	}

	/** The web survey open from two days ago for a month (whatever the time zones). */
	static void open(JdbcClient jdbc, long questionnaireId) {
		jdbc.sql(
				"update survey_questionnaire set survey_opens_on = current_date - 2, survey_closes_on = current_date + 30 "
						+ "where id = ?")
			.param(questionnaireId)
			.update();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String code(JdbcClient jdbc, long questionnaireId, String taxCode) {
		return jdbc.sql("select code_plain from survey_sample where questionnaire_id = ? and tax_code = ?")
			.params(questionnaireId, taxCode)
			.query(String.class)
			.single();
	}

	static long sampleCount(JdbcClient jdbc, long questionnaireId) {
		return jdbc.sql("select count(*) from survey_sample where questionnaire_id = ?")
			.param(questionnaireId)
			.query(Long.class)
			.single();
	}

}
