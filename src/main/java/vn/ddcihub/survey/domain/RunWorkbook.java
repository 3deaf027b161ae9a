package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.survey.domain.RunResult.Range;
import vn.ddcihub.survey.domain.RunResult.UnitResult;

/**
 * A run's result as an XLSX workbook (through the shared {@link DocumentRenderers}):
 * totals with ranks and intervals, components with intervals, indicators raw and
 * normalised, the treated values, and the parameters with the seed and the responses'
 * hash — what another tool needs to check the numbers. Numbers stay numeric cells.
 */
@Component
public class RunWorkbook {

	private final DocumentRenderers renderers;

	private final MessageSource messages;

	RunWorkbook(DocumentRenderers renderers, MessageSource messages) {
		this.renderers = renderers;
		this.messages = messages;
	}

	public byte[] xlsx(ScoringRun run, RunResult result) {
		return renderers.xlsx(List.of(totals(result), components(result), indicators(result), treated(result),
				parameters(run, result)));
	}

	public static String fileName(ScoringRun run) {
		return "luot-cham-diem-" + run.id() + "-" + run.year() + ".xlsx";
	}

	private TableContent totals(RunResult result) {
		List<String> headers = List.of(t("surveyRun.col.code"), t("surveyRun.col.unit"), t("surveyRun.col.respondents"),
				t("surveyRun.col.flagged"), t("surveyRun.col.total"), t("surveyRun.col.low"), t("surveyRun.col.high"),
				t("surveyRun.col.rank"), t("surveyRun.col.rankBest"), t("surveyRun.col.rankWorst"),
				t("surveyRun.col.band"), t("surveyRun.col.sensitivityMedian"), t("surveyRun.col.sensitivityBest"),
				t("surveyRun.col.sensitivityWorst"), t("surveyRun.col.apart"));
		List<List<Object>> rows = new ArrayList<>();
		for (UnitResult unit : result.units()) {
			List<Object> row = new ArrayList<>(
					List.of(unit.code(), unit.name(), unit.respondents(), unit.flagged() ? t("surveyRun.yes") : ""));
			row.add(unit.total());
			addRange(row, unit.totalInterval());
			row.add(unit.rank());
			addRange(row, unit.rankInterval());
			row.add(unit.band());
			row.add(unit.sensitivityMedianRank());
			addRange(row, unit.sensitivityRankRange());
			row.add(String.join(", ", unit.indistinguishableFrom()));
			rows.add(row);
		}
		return sheet(t("surveyRun.sheet.totals"), headers, rows);
	}

	private TableContent components(RunResult result) {
		List<String> headers = new ArrayList<>(List.of(t("surveyRun.col.code"), t("surveyRun.col.unit")));
		for (String component : result.componentCodes()) {
			headers.add(component);
			headers.add(component + " " + t("surveyRun.col.low"));
			headers.add(component + " " + t("surveyRun.col.high"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (UnitResult unit : result.units()) {
			List<Object> row = new ArrayList<>(List.of(unit.code(), unit.name()));
			for (int c = 0; c < result.componentCodes().size(); c++) {
				row.add(unit.components().get(c));
				addRange(row, unit.componentIntervals().get(c));
			}
			rows.add(row);
		}
		return sheet(t("surveyRun.sheet.components"), headers, rows);
	}

	private TableContent indicators(RunResult result) {
		List<String> headers = new ArrayList<>(List.of(t("surveyRun.col.code"), t("surveyRun.col.unit")));
		for (String indicator : result.indicatorCodes()) {
			headers.add(indicator + " " + t("surveyRun.col.raw"));
			headers.add(indicator + " " + t("surveyRun.col.normalised"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (UnitResult unit : result.units()) {
			List<Object> row = new ArrayList<>(List.of(unit.code(), unit.name()));
			for (int i = 0; i < result.indicatorCodes().size(); i++) {
				row.add(unit.raw().get(i));
				row.add(unit.normalised().get(i));
			}
			rows.add(row);
		}
		return sheet(t("surveyRun.sheet.indicators"), headers, rows);
	}

	private TableContent treated(RunResult result) {
		List<String> headers = List.of(t("surveyRun.col.code"), t("surveyRun.col.indicator"),
				t("surveyRun.col.treatment"), t("surveyRun.col.before"), t("surveyRun.col.after"));
		List<List<Object>> rows = new ArrayList<>();
		result.treated()
			.forEach(v -> rows.add(new ArrayList<>(java.util.Arrays.asList(v.unitCode(), v.indicatorCode(),
					t("surveyRun.treatment." + v.kind()), v.before(), v.after()))));
		return sheet(t("surveyRun.sheet.treated"), headers, rows);
	}

	private TableContent parameters(ScoringRun run, RunResult result) {
		List<List<Object>> rows = new ArrayList<>();
		for (Map.Entry<String, String> entry : run.parameters().entrySet()) {
			rows.add(List.of(entry.getKey(), entry.getValue()));
		}
		if (!run.anchors().pooledYears().isEmpty()) {
			rows.add(List.of("pooledYears", run.anchors().pooledYearsText()));
		}
		if (!run.anchors().goalposts().isEmpty()) {
			rows.add(List.of("goalposts", run.anchors().goalpostsText()));
		}
		rows.add(List.of("responses", String.valueOf(run.responseCount())));
		rows.add(List.of("responsesSha256", String.valueOf(run.responsesSha256())));
		rows.add(List.of("unknownUnits", String.valueOf(result.unknownUnits())));
		return sheet(t("surveyRun.sheet.parameters"), List.of(t("surveyRun.col.parameter"), t("surveyRun.col.value")),
				rows);
	}

	private static void addRange(List<Object> row, Range range) {
		row.add(range == null ? null : range.low());
		row.add(range == null ? null : range.high());
	}

	private static TableContent sheet(String name, List<String> headers, List<List<Object>> rows) {
		return new TableContent(name, headers, rows, List.of(), true).onSheet(name);
	}

	private String t(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, locale);
	}

}
