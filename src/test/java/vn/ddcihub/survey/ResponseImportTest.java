package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.survey.domain.ResponseImports;

/**
 * Response files imported on the real database through the pages (upload, preview,
 * confirm) and the API (dry run, import, refusal, delete): exactly what was previewed is
 * stored, a file with problems stores nothing, an import is deleted with its responses,
 * and every change is audited. Each test works on a questionnaire of its own year.
 */
class ResponseImportTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ResponseImports imports;

	static final String GOOD = """
			_uuid;don_vi;t_likert;t_kenh;t_ngay;_submission_time
			k-1;STNMT;4;truc_tiep truc_tuyen;3;2020-10-01
			k-2;STNMT;5;;10;2020-10-01
			k-3;Sở Xây dựng;2;buu_chinh;;2020-10-02
			""";

	/** A questionnaire of a year no other test uses, with three questions. */
	long questionnaire(int year) throws Exception {
		long id = created("/api/v1/questionnaires", """
				{"year": %d, "block": "DEPARTMENT", "title": "Khảo sát thử %d"}""".formatted(year, year));
		created("/api/v1/questionnaires/" + id + "/questions",
				"""
						{"name": "t_likert", "label": "Thủ tục được niêm yết rõ ràng", "type": "LIKERT_5", "required": true}""");
		created("/api/v1/questionnaires/" + id + "/questions", """
				{"name": "t_kenh", "label": "Kênh nộp hồ sơ", "type": "MULTIPLE_CHOICE",
				 "choices": "truc_tiep = Trực tiếp\\nbuu_chinh = Bưu chính công ích\\ntruc_tuyen = Trực tuyến"}""");
		created("/api/v1/questionnaires/" + id + "/questions", """
				{"name": "t_ngay", "label": "Số ngày chờ kết quả", "type": "DAYS"}""");
		return id;
	}

	private long created(String url, String body) throws Exception {
		String answer = mockMvc.perform(post(url).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(answer).get("id").asLong();
	}

	static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private List<String> stored(long questionnaire) {
		return jdbc.sql("""
				select unit_code || ' ' || respondent_ref || ' ' || answers::text from survey_response
				where questionnaire_id = ? order by respondent_ref""").param(questionnaire).query(String.class).list();
	}

	@Test
	void aPreviewedFileIsStoredExactlyAsPreviewedOnConfirmationAndOnlyOnce() throws Exception {
		long id = questionnaire(2046);
		String base = "/survey/questionnaires/" + id + "/responses";

		String preview = mockMvc
			.perform(multipart(base + "/import").file(file("kobo.csv", GOOD)).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(base + "/uploads/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(stored(id)).isEmpty();
		mockMvc.perform(get(preview).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xác nhận lưu 3 phiếu")))
			.andExpect(content().string(containsString("KoboToolbox")));
		assertThat(stored(id)).isEmpty();

		mockMvc.perform(post(preview + "/confirm").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(base + "?imported=*"));

		assertThat(stored(id)).containsExactly(
				"STNMT k-1 {\"t_kenh\": [\"truc_tiep\", \"truc_tuyen\"], \"t_ngay\": 3.0, \"t_likert\": \"4\"}",
				"STNMT k-2 {\"t_ngay\": 10.0, \"t_likert\": \"5\"}",
				"SXD k-3 {\"t_kenh\": [\"buu_chinh\"], \"t_likert\": \"2\"}");
		mockMvc.perform(post(preview + "/confirm").with(ADMIN).with(csrf())).andExpect(status().isNotFound());
		assertThat(stored(id)).hasSize(3);
		mockMvc.perform(get(base).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kobo.csv")))
			.andExpect(content().string(containsString("Tổng số phiếu đã lưu: 3")));
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'SurveyResponseBatch' "
					+ "and action = 'IMPORT' and after_state::text like '%kobo.csv%'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from survey_response_upload where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();

		// The same file again: every submission is already stored.
		String again = mockMvc
			.perform(multipart(base + "/import").file(file("kobo.csv", GOOD)).with(ADMIN).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mockMvc.perform(get(again).with(ADMIN))
			.andExpect(content().string(containsString("Tệp có 3 lỗi: không phiếu nào được lưu")))
			.andExpect(content().string(containsString("đã được nhập trước đây")));
		mockMvc.perform(post(again + "/confirm").with(ADMIN).with(csrf())).andExpect(status().isOk());
		assertThat(stored(id)).hasSize(3);
	}

	@Test
	void anUploadIsConfirmedOnlyByWhoeverUploadedIt() throws Exception {
		long id = questionnaire(2047);
		String preview = mockMvc
			.perform(multipart("/survey/questionnaires/" + id + "/responses/import").file(file("a.csv", GOOD))
				.with(ADMIN)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long upload = Long.parseLong(preview.substring(preview.lastIndexOf('/') + 1));
		// A coordinator of a department may not import at all; another user who may (a
		// second ADMIN) finds no upload of theirs.
		mockMvc.perform(get(preview).with(httpBasic("vanphong", DEMO_PASSWORD))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> imports.preview(id, upload, "admin2")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> imports.confirm(id, upload, "admin2")).isInstanceOf(NotFoundException.class);
		assertThat(stored(id)).isEmpty();
		assertThat(imports.preview(id, upload, "admin").responseCount()).isEqualTo(3);
	}

	@Test
	void aMalformedFileIsRefusedThroughTheApiWithEveryProblemAtItsRowAndColumnAndNothingSaved() throws Exception {
		long id = questionnaire(2048);
		String bad = """
				_uuid,don_vi,t_likert,t_kenh,t_ngay,_submission_time
				b-1,STNMT,4,fax,3,2020-10-01
				b-2,SXX,4,,3,2020-10-01
				b-3,STNMT,9,,3,2020-10-01
				b-4,STNMT,4,,mười,2020-10-01
				b-1,STNMT,4,,3,2020-10-01
				""";

		mockMvc
			.perform(multipart("/api/v1/questionnaires/" + id + "/responses/imports").file(file("loi.csv", bad))
				.param("dryRun", "true")
				.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errorCount").value(5))
			.andExpect(jsonPath("$.source").value("KOBO"))
			.andExpect(jsonPath("$.uploadId").doesNotExist());
		mockMvc
			.perform(multipart("/api/v1/questionnaires/" + id + "/responses/imports").file(file("loi.csv", bad))
				.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.problems.length()").value(5))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("t_kenh"))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("“fax”")))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].column").value("don_vi"))
			.andExpect(jsonPath("$.problems[2].column").value("t_likert"))
			.andExpect(jsonPath("$.problems[3].column").value("t_ngay"))
			.andExpect(jsonPath("$.problems[4].row").value(6))
			.andExpect(jsonPath("$.problems[4].message").value(containsString("lặp lại")));

		assertThat(stored(id)).isEmpty();
		assertThat(jdbc.sql("select count(*) from survey_response_batch where questionnaire_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anImportThroughTheApiIsListedPerUnitAndDeletedWithItsResponses() throws Exception {
		long id = questionnaire(2049);
		String api = "/api/v1/questionnaires/" + id + "/responses";
		String answer = mockMvc.perform(multipart(api + "/imports").file(file("phieu.csv", GOOD)).with(ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.responseCount").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long batch = JSON.readTree(answer).get("id").asLong();
		mockMvc.perform(get(api).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.units[?(@.code == 'STNMT')].stored").value(2))
			.andExpect(jsonPath("$.units[?(@.code == 'SXD')].stored").value(1))
			.andExpect(jsonPath("$.batches[0].fileName").value("phieu.csv"));

		mockMvc.perform(get("/survey/questionnaires/" + id + "/responses/imports/" + batch + "/delete").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phieu.csv")));
		mockMvc
			.perform(post("/survey/questionnaires/" + id + "/responses/imports/" + batch + "/delete").with(ADMIN)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(stored(id)).isEmpty();
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'SurveyResponseBatch' "
					+ "and entity_id = ? and action = 'REMOVE'")
			.param(String.valueOf(batch))
			.query(Long.class)
			.single()).isEqualTo(1);
		mockMvc.perform(delete(api + "/imports/" + batch).with(ADMIN)).andExpect(status().isNotFound());
	}

}
