package vn.ddcihub.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Workbooks and look-ups the survey tests share. */
final class SurveyFixtures {

	private SurveyFixtures() {
	}

	static long demoQuestionnaire(JdbcClient jdbc) {
		return jdbc.sql("select id from survey_questionnaire where year = 2020 and block = 'DEPARTMENT'")
			.query(Long.class)
			.single();
	}

	static long questionnaireCount(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from survey_questionnaire").query(Long.class).single();
	}

	/** A workbook of the given sheets, each an array of rows of cells. */
	static byte[] workbook(Object... nameAndRows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < nameAndRows.length; i += 2) {
				Sheet sheet = workbook.createSheet((String) nameAndRows[i]);
				String[][] rows = (String[][]) nameAndRows[i + 1];
				for (int r = 0; r < rows.length; r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows[r].length; c++) {
						if (rows[r][c] != null) {
							row.createCell(c).setCellValue(rows[r][c]);
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * A form shaped like a KoboToolbox export: its metadata rows (start, end, today), a
	 * note, a group, {@code $kuid} and {@code $autoname} columns, labels in two
	 * languages, a Likert list shared by two questions, and our ddci columns and sheet.
	 */
	static byte[] koboForm() throws IOException {
		String[][] survey = {
				{ "type", "$kuid", "name", "label::English (en)", "label::Vietnamese (vi)", "required", "relevant",
						"hint::Vietnamese (vi)", "ddci_indicator", "ddci_favourable", "ddci_unit", "$autoname" },
				{ "start", "k1", "start", null, null, null, null, null, null, null, null, "start" },
				{ "end", "k2", "end", null, null, null, null, null, null, null, null, "end" },
				{ "today", "k3", "today", null, null, null, null, null, null, null, null, "today" },
				{ "note", "k4", "gioi_thieu", "Welcome", "Cảm ơn doanh nghiệp tham gia khảo sát", null, null, null,
						null, null, null, "gioi_thieu" },
				{ "begin_group", "k5", "nhom_c1", "Transparency", "Tính minh bạch", null, null, null, null, null, null,
						"nhom_c1" },
				{ "select_one likert", "k6", "q1", "Information is public", "Thông tin được công khai đầy đủ", "true",
						null, "Chọn một mức", "K1", "4 5", null, "q1" },
				{ "select_one yn", "k7", "q2", "Found it online", "Tìm được thông tin trên mạng", "yes", null, null,
						"K1", "yes", null, "q2" },
				{ "integer", "k8", "q3", "Days waited", "Số ngày chờ thông tin", "false", "${q2} = 'no'", null, "K2",
						null, "days", "q3" },
				{ "end_group", "k9", null, null, null, null, null, null, null, null, null, null },
				{ "select_multiple kenh", "k10", "q4", "Channels", "Các kênh đã dùng", null, null, null, null, null,
						null, "q4" },
				{ "select_one likert", "k11", "q5", "Overall", "Đánh giá chung", "yes", null, null, "K3", null, null,
						"q5" },
				{ "decimal", "k12", "q6", "Informal cost", "Chi phí không chính thức (đồng)", null, null, null, null,
						null, "money", "q6" },
				{ "text", "k13", "q7", "Comments", "Góp ý", null, null, null, null, null, null, "q7" } };
		String[][] choices = { { "list_name", "name", "label::English (en)", "label::Vietnamese (vi)", "$kuid" },
				{ "likert", "1", "Strongly disagree", "Rất không đồng ý", "c1" },
				{ "likert", "2", "Disagree", "Không đồng ý", "c2" }, { "likert", "3", "Neutral", "Bình thường", "c3" },
				{ "likert", "4", "Agree", "Đồng ý", "c4" }, { "likert", "5", "Strongly agree", "Rất đồng ý", "c5" },
				{ "yn", "yes", "Yes", "Có", "c6" }, { "yn", "no", "No", "Không", "c7" },
				{ "kenh", "web", "Website", "Trang điện tử", "c8" }, { "kenh", "phone", "Phone", "Điện thoại", "c9" } };
		String[][] settings = { { "form_title", "form_id", "version", "default_language", "style" },
				{ "Khảo sát DDCI thử nghiệm", "aBcD123kobo", "2", "Vietnamese (vi)", "pages" } };
		String[][] indicators = { { "code", "name", "component", "polarity", "weight", "aggregation" },
				{ "K1", "Tiếp cận thông tin", "C1", "thuận", "1", "SHARE_FAVOURABLE" },
				{ "K2", "Số ngày chờ thông tin", "C1", "NGHICH", "0,5", "median" },
				{ "K3", "Đánh giá chung", "C8", "THUAN", "2", "MEAN" } };
		return workbook("survey", survey, "choices", choices, "settings", settings, "ddci_indicators", indicators);
	}

}
