package vn.ddcihub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ddcihub.IntegrationTest;

/**
 * XLSForm in and out on the real database: a form shaped like a KoboToolbox export
 * imports (groups flattened, notes and metadata skipped, Likert and yes/no recognised), a
 * malformed form is refused with each problem at its sheet, row and column and nothing
 * saved, and an exported questionnaire reads back the same.
 */
class XlsFormImportTest extends IntegrationTest {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);

	@Test
	void aFormShapedLikeAKoboToolboxExportImports() throws Exception {
		JsonNode questionnaire = importInto(2036, "kobo-export.xlsx", SurveyFixtures.koboForm(), 200);
		assertThat(questionnaire.get("title").asText()).isEqualTo("Khảo sát DDCI thử nghiệm");
		assertThat(questionnaire.get("version").asText()).isEqualTo("2");
		assertThat(questionnaire.get("settings").get("form_id").asText()).isEqualTo("aBcD123kobo");
		assertThat(questionnaire.get("questions")
			.valueStream()
			.map(q -> q.get("name").asText() + ":" + q.get("type").asText() + ":" + q.get("indicatorCode").asText("")))
			.containsExactly("q1:LIKERT_5:K1", "q2:YES_NO:K1", "q3:DAYS:K2", "q4:MULTIPLE_CHOICE:", "q5:LIKERT_5:K3",
					"q6:MONEY:", "q7:TEXT:");
		JsonNode first = questionnaire.get("questions").get(0);
		assertThat(first.get("label").asText()).isEqualTo("Thông tin được công khai đầy đủ");
		assertThat(first.get("required").asBoolean()).isTrue();
		assertThat(questionnaire.get("questions").get(2).get("relevant").asText()).isEqualTo("${q2} = 'no'");
		assertThat(questionnaire.get("indicators").get(1).get("weight").asDouble()).isEqualTo(0.5);
		assertThat(questionnaire.get("indicators").get(1).get("polarity").asText()).isEqualTo("NGHICH");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'SurveyQuestionnaire' "
					+ "and entity_id = ? and action = 'IMPORT'")
			.param(questionnaire.get("id").asText())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aMalformedFormIsRefusedWithEveryProblemAtItsPlaceAndNothingSaved() throws Exception {
		String[][] survey = { { "type", "name", "label", "required", "ddci_indicator", "ddci_favourable" },
				{ "select_one likert", "q1", "Câu 1", "yes", "K1", "4 6" }, // favourable
																			// 6 unknown
				{ "geopoint", "q2", "Vị trí", null, null, null }, // unsupported type
				{ "select_one khong_co", "q3", "Câu 3", null, null, null }, // unknown
																			// list
				{ "integer", "q4", "Số ngày", null, null, null }, // no ddci_unit
				{ "text", "q1", "Trùng tên", "maybe", "K9", null } }; // duplicate, bad
																		// required,
																		// unknown
																		// indicator
		String[][] choices = { { "list_name", "name", "label" }, { "likert", "1", "Một" }, { "likert", "2", "Hai" },
				{ "likert", "3", "Ba" }, { "likert", "4", "Bốn" }, { "likert", "5", "Năm" } };
		String[][] indicators = { { "code", "name", "component", "polarity", "weight", "aggregation" },
				{ "K1", "Chỉ tiêu một", "C1", "THUAN", "1", "SHARE_FAVOURABLE" },
				{ "K2", "Chỉ tiêu hai", "C42", "xuôi", "-1", "sum" } };
		long before = SurveyFixtures.questionnaireCount(jdbc);
		JsonNode refusal = importInto(2037, "hong.xlsx", SurveyFixtures.workbook("survey", survey, "choices", choices,
				"settings", new String[][] { { "form_title" }, { "Hỏng" } }, "ddci_indicators", indicators), 400);
		List<String> places = refusal.get("problems")
			.valueStream()
			.map(p -> p.get("file").asText().replace("hong.xlsx, trang tính ", "") + "/" + p.get("row").asText() + "/"
					+ p.get("column").asText())
			.toList();
		assertThat(places).contains("survey/2/ddci_favourable", "survey/3/type", "survey/4/type", "survey/5/ddci_unit",
				"survey/6/name", "survey/6/required", "survey/6/ddci_indicator", "ddci_indicators/3/component",
				"ddci_indicators/3/polarity", "ddci_indicators/3/weight", "ddci_indicators/3/aggregation");
		assertThat(refusal.get("problems").get(0).get("message").asText()).isNotBlank();
		assertThat(refusal.toString()).contains("geopoint").contains("chưa được hỗ trợ");
		assertThat(SurveyFixtures.questionnaireCount(jdbc)).isEqualTo(before);
	}

	@Test
	void aFileThatIsNotAWorkbookOrTooLargeSaysSoWithTheLimits() throws Exception {
		JsonNode notXlsx = importInto(2037, "cau-hoi.csv", "type,name,label\n".getBytes(), 400);
		assertThat(notXlsx.get("problems").get(0).get("message").asText()).contains("5 MB");
		JsonNode tooLarge = importInto(2037, "lon.xlsx", new byte[5 * 1024 * 1024 + 1], 400);
		assertThat(tooLarge.get("problems").get(0).get("message").asText()).contains("giới hạn").contains("5 MB");
	}

	@Test
	void theExportNamesTheLanguageItsLabelsAreIn() throws Exception {
		JsonNode imported = importInto(2039, "tieng-anh.xlsx", SurveyFixtures.koboForm(), 200);
		jdbc.sql("update survey_questionnaire set settings = jsonb_set(settings, '{default_language}', "
				+ "'\"English (en)\"') where id = ?")
			.param(imported.get("id").asLong())
			.update();
		byte[] exported = mockMvc
			.perform(get("/api/v1/questionnaires/" + imported.get("id").asLong() + "/xlsform").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
			Sheet settings = workbook.getSheet("settings");
			Map<String, String> values = new HashMap<>();
			for (Cell cell : settings.getRow(0)) {
				values.put(cell.getStringCellValue(),
						settings.getRow(1).getCell(cell.getColumnIndex()).getStringCellValue());
			}
			assertThat(values).containsEntry("default_language", "Vietnamese (vi)").containsEntry("style", "pages");
		}
	}

	@Test
	void anExportedQuestionnaireImportsBackTheSame() throws Exception {
		long demo = SurveyFixtures.demoQuestionnaire(jdbc);
		byte[] exported = mockMvc.perform(get("/api/v1/questionnaires/" + demo + "/xlsform").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		JsonNode source = SurveyApiTest.json(mockMvc.perform(get("/api/v1/questionnaires/" + demo).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode back = importInto(2038, "bang-hoi-2020-department.xlsx", exported, 200);
		assertThat(back.get("title").asText()).isEqualTo(source.get("title").asText());
		assertThat(back.get("version").asText()).isEqualTo(source.get("version").asText());
		for (String part : List.of("indicators", "questions", "choices")) {
			assertThat(SurveyApiTest.withoutIds(back.get(part))).as(part)
				.isEqualTo(SurveyApiTest.withoutIds(source.get(part)));
		}
		// Importing again into the same edition replaces its questionnaire.
		JsonNode again = importInto(2038, "lai.xlsx", SurveyFixtures.koboForm(), 200);
		assertThat(again.get("id").asLong()).isEqualTo(back.get("id").asLong());
		assertThat(again.get("questions")).hasSize(7);
	}

	@Test
	void thePageListsTheProblemsInVietnamese() throws Exception {
		String[][] survey = { { "type", "name", "label" }, { "range", "r1", "Thang đo" } };
		String page = mockMvc.perform(multipart("/survey/import")
			.file(new MockMultipartFile("file", "trang.xlsx", "application/octet-stream",
					SurveyFixtures.workbook("survey", survey)))
			.param("year", "2039")
			.param("block", "DEPARTMENT")
			.with(ADMIN)
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("error-summary")
			.contains("Tệp trang.xlsx, trang tính survey, dòng 2, cột type")
			.contains("chưa được hỗ trợ");
	}

	private JsonNode importInto(int year, String name, byte[] content, int expectedStatus) throws Exception {
		String answer = mockMvc
			.perform(multipart("/api/v1/questionnaires/import")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("year", String.valueOf(year))
				.param("block", "DEPARTMENT")
				.with(ADMIN))
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return SurveyApiTest.json(answer);
	}

}
