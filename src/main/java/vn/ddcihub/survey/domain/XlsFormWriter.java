package vn.ddcihub.survey.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;

/**
 * Writes a questionnaire as an XLSForm that KoboToolbox and ODK accept: standard sheets
 * and column names, labels in {@code label::Vietnamese (vi)} with Vietnamese as the
 * default language; our indicators in the extra {@code ddci_indicators} sheet and
 * columns, which those tools ignore, so {@link XlsFormReader} reads the file back whole.
 */
public final class XlsFormWriter {

	static final String LABEL = "label::Vietnamese (vi)";

	private XlsFormWriter() {
	}

	public static byte[] write(Questionnaire questionnaire) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			survey(workbook.createSheet("survey"), questionnaire);
			choices(workbook.createSheet("choices"), questionnaire);
			settings(workbook.createSheet("settings"), questionnaire);
			indicators(workbook.createSheet("ddci_indicators"), questionnaire);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void survey(Sheet sheet, Questionnaire questionnaire) {
		row(sheet, 0, "type", "name", LABEL, "required", "relevant", "ddci_indicator", "ddci_favourable", "ddci_unit",
				"ddci_type");
		int r = 1;
		for (Question q : questionnaire.questions()) {
			row(sheet, r++, type(q), q.name(), q.label(), q.required() ? "yes" : "", q.relevant(), q.indicatorCode(),
					String.join(" ", q.favourable()),
					q.type() == AnswerType.DAYS ? "days" : q.type() == AnswerType.MONEY ? "money" : "",
					q.type() == AnswerType.LIKERT_5 ? "likert" : "");
		}
	}

	private static String type(Question q) {
		return switch (q.type()) {
			case SINGLE_CHOICE, LIKERT_5, YES_NO -> "select_one " + q.choiceList();
			case MULTIPLE_CHOICE -> "select_multiple " + q.choiceList();
			case DAYS -> "integer";
			case MONEY -> "decimal";
			case TEXT -> "text";
		};
	}

	private static void choices(Sheet sheet, Questionnaire questionnaire) {
		row(sheet, 0, "list_name", "name", LABEL);
		int r = 1;
		for (Choice c : questionnaire.choices()) {
			row(sheet, r++, c.listName(), c.name(), c.label());
		}
	}

	private static void settings(Sheet sheet, Questionnaire questionnaire) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("form_title", questionnaire.title());
		settings.put("form_id",
				"ddci_" + questionnaire.year() + "_" + questionnaire.block().name().toLowerCase(Locale.ROOT));
		settings.put("version", questionnaire.version());
		settings.put("default_language", "Vietnamese (vi)");
		// What the imported form said wins over our defaults, except the language: the
		// labels are always written in Vietnamese.
		questionnaire.settings().forEach((key, value) -> {
			if (!key.equals("form_title") && !key.equals("version") && !key.equals("default_language")) {
				settings.put(key, value);
			}
		});
		row(sheet, 0, settings.keySet().toArray(String[]::new));
		row(sheet, 1, settings.values().toArray(String[]::new));
	}

	private static void indicators(Sheet sheet, Questionnaire questionnaire) {
		row(sheet, 0, "code", "name", "component", "polarity", "weight", "aggregation");
		int r = 1;
		for (Indicator i : questionnaire.indicators()) {
			row(sheet, r++, i.code(), i.name(), i.componentCode(), i.polarity().name(),
					java.math.BigDecimal.valueOf(i.weight()).stripTrailingZeros().toPlainString(),
					i.aggregation().name());
		}
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null && !values[c].isEmpty()) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
	}

}
