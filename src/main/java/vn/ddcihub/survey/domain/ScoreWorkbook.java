package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ddcihub.documents.TableContent;
import vn.ddcihub.index.IndexApi.ComponentRef;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Questionnaire;

/**
 * The sheets the command line writes: a summary (respondents, whether ranked, total with
 * its 90 % interval, rank with its 90 % range, components, the units it cannot be told
 * apart from), components with their intervals, indicators raw (a share of favourable
 * answers in %) and normalised, and the parameters that reproduce the run. Rendered by
 * {@code documents} like every other spreadsheet of DDCI Hub.
 */
final class ScoreWorkbook {

	private final CliTexts texts;

	private final Questionnaire questionnaire;

	private final List<ComponentRef> components;

	private final List<String> units;

	private final SurveyScore score;

	private final BootstrapResult intervals;

	private final ScoreOptions options;

	ScoreWorkbook(CliTexts texts, Questionnaire questionnaire, List<ComponentRef> components, List<String> units,
			SurveyScore score, BootstrapResult intervals, ScoreOptions options) {
		this.texts = texts;
		this.questionnaire = questionnaire;
		this.components = components;
		this.units = units;
		this.score = score;
		this.intervals = intervals;
		this.options = options;
	}

	List<TableContent> tables() {
		return List.of(summary(), componentSheet(), indicators(true), indicators(false), parameters());
	}

	private TableContent summary() {
		List<String> headers = new ArrayList<>(List.of(texts.get("xlsx.unit"), texts.get("xlsx.respondents"),
				texts.get("xlsx.ranked"), texts.get("xlsx.total"), low("xlsx.total"), high("xlsx.total"),
				texts.get("xlsx.rank"), texts.get("xlsx.rankRange")));
		components.forEach(c -> headers.add(c.code()));
		headers.add(texts.get("xlsx.indistinct"));
		List<List<Object>> rows = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			boolean ranked = !score.isFlagged(u);
			List<Object> row = new ArrayList<>();
			row.add(units.get(u));
			row.add(score.respondentCounts()[u]);
			row.add(texts.get(ranked ? "xlsx.yes" : "xlsx.no"));
			row.add(number(score.scores().total(u)));
			row.add(intervals == null ? null : number(intervals.totals()[u].lower()));
			row.add(intervals == null ? null : number(intervals.totals()[u].upper()));
			int rank = score.scores().totalRank(u);
			row.add(rank == Ranking.UNRANKED ? null : rank);
			row.add(intervals == null || intervals.totalRanks()[u].best() == Ranking.UNRANKED ? null
					: intervals.totalRanks()[u].best() + "–" + intervals.totalRanks()[u].worst());
			for (int c = 0; c < components.size(); c++) {
				row.add(number(score.scores().component(u, c)));
			}
			row.add(indistinct(u));
			rows.add(row);
		}
		return new TableContent(texts.get("xlsx.summary"), headers, rows, List.of(), true);
	}

	private String indistinct(int unit) {
		if (intervals == null) {
			return null;
		}
		List<String> others = new ArrayList<>();
		for (int other = 0; other < units.size(); other++) {
			if (other != unit && intervals.indistinguishable(unit, other)) {
				others.add(units.get(other));
			}
		}
		return String.join(", ", others);
	}

	private TableContent componentSheet() {
		List<String> headers = new ArrayList<>(List.of(texts.get("xlsx.unit")));
		for (ComponentRef component : components) {
			headers.add(component.code());
			headers.add(component.code() + " " + texts.get("xlsx.low"));
			headers.add(component.code() + " " + texts.get("xlsx.high"));
			headers.add(component.code() + " " + texts.get("xlsx.rank"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			List<Object> row = new ArrayList<>(List.of(units.get(u)));
			for (int c = 0; c < components.size(); c++) {
				row.add(number(score.scores().component(u, c)));
				row.add(intervals == null ? null : number(intervals.components()[u][c].lower()));
				row.add(intervals == null ? null : number(intervals.components()[u][c].upper()));
				int rank = score.scores().componentRank(u, c);
				row.add(rank == Ranking.UNRANKED ? null : rank);
			}
			rows.add(row);
		}
		return new TableContent(texts.get("xlsx.components"), headers, rows, List.of(), true);
	}

	private TableContent indicators(boolean raw) {
		List<Indicator> indicators = questionnaire.indicators();
		List<String> headers = new ArrayList<>(List.of(texts.get("xlsx.unit")));
		for (Indicator indicator : indicators) {
			boolean share = raw && indicator.aggregation() == Aggregation.SHARE_FAVOURABLE;
			headers.add(indicator.code() + (share ? " " + texts.get("xlsx.share") : ""));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			List<Object> row = new ArrayList<>(List.of(units.get(u)));
			for (int i = 0; i < indicators.size(); i++) {
				boolean share = indicators.get(i).aggregation() == Aggregation.SHARE_FAVOURABLE;
				row.add(raw ? number(score.raw()[u][i] * (share ? 100 : 1))
						: number(score.scores().normalised()[u][i]));
			}
			rows.add(row);
		}
		return new TableContent(texts.get(raw ? "xlsx.raw" : "xlsx.normalised"), headers, rows, List.of(), true);
	}

	private TableContent parameters() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(texts.get("xlsx.form"), options.form().getFileName().toString()));
		rows.add(List.of(texts.get("xlsx.responses"), options.responses().getFileName().toString()));
		for (Map.Entry<String, String> parameter : options.parameters().toMap().entrySet()) {
			String value = parameter.getKey().equals("bootstrapReplicates") ? Integer.toString(options.bootstrap())
					: parameter.getValue();
			rows.add(List.of(parameter.getKey(), value));
		}
		List<String> weights = components.stream().map(c -> c.code() + "=" + c.weight()).toList();
		rows.add(List.of(texts.get("xlsx.weights"), String.join(", ", weights)));
		rows.add(List.of(texts.get("xlsx.treated"), Integer.toString(score.treatments().size())));
		return new TableContent(texts.get("xlsx.parameters"),
				List.of(texts.get("xlsx.parameter"), texts.get("xlsx.value")), rows, List.of(1.0, 3.0), false);
	}

	private String low(String key) {
		return texts.get(key) + " " + texts.get("xlsx.low");
	}

	private String high(String key) {
		return texts.get(key) + " " + texts.get("xlsx.high");
	}

	private static Double number(double value) {
		return Double.isNaN(value) ? null : value;
	}

}
