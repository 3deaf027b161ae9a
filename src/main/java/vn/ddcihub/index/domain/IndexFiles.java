package vn.ddcihub.index.domain;

import static vn.ddcihub.documents.Block.chart;
import static vn.ddcihub.documents.Block.newPage;
import static vn.ddcihub.documents.Block.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.ddcihub.documents.BarChart;
import vn.ddcihub.documents.ChartImage;
import vn.ddcihub.documents.ChartSeries;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.RadarChart;
import vn.ddcihub.documents.Report;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.index.domain.UnitProfile.ComponentProfile;
import vn.ddcihub.shared.CsvCells;

/**
 * Files of the index: the results import template (CSV, XLSX) and the exports of the
 * league table and of a unit profile as XLSX and PDF with their charts (Vietnamese text,
 * decimal comma).
 */
@Component
public class IndexFiles {

	static final String ILLUSTRATIVE = "Dữ liệu minh họa — không phải số liệu công bố chính thức";

	/**
	 * A chart above a table takes a little over half the page; a chart on a page of its
	 * own nearly all of it.
	 */
	private static final double BESIDE_TABLE_HEIGHT_SHARE = 0.56;

	private static final double PAGE_HEIGHT_SHARE = 0.93;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final IndexService index;

	private final DocumentRenderers renderers;

	IndexFiles(IndexService index, DocumentRenderers renderers) {
		this.index = index;
		this.renderers = renderers;
	}

	public ResponseEntity<byte[]> template(int year, Block block, String format) {
		EditionDefinition definition = index.editions().stream().anyMatch(e -> e.year() == year && e.block() == block)
				? index.definition(year, block) : EditionDefinition.ddciDefault(year, block, "", false);
		List<String> headers = new ArrayList<>(List.of("unit_code", "unit_name"));
		definition.components().forEach(c -> headers.add(c.code()));
		headers.add("total");
		headers.add("rank");
		List<List<Object>> rows = new ArrayList<>();
		for (AssessedUnit unit : index.units(block)) {
			List<Object> row = new ArrayList<>(List.of(unit.code(), unit.name()));
			while (row.size() < headers.size()) {
				row.add(null);
			}
			rows.add(row);
		}
		String name = "mau-ket-qua-ddci-" + year + "-" + block.name().toLowerCase(Locale.ROOT);
		if ("csv".equalsIgnoreCase(format)) {
			return file(CsvCells.write(';', headers, rows), name + ".csv",
					new MediaType("text", "csv", StandardCharsets.UTF_8));
		}
		return file(renderers.xlsx(List.of(new TableContent("", headers, rows, List.of(), true))), name + ".xlsx",
				XLSX);
	}

	public ResponseEntity<byte[]> leagueXlsx(EditionResults results) {
		return file(renderers.xlsx(List.of(leagueTable(results))), "bang-xep-hang-" + results.year() + ".xlsx", XLSX);
	}

	public ResponseEntity<byte[]> leaguePdf(EditionResults results) {
		List<String> names = results.units().stream().map(UnitResult::name).toList();
		List<Double> totals = results.units().stream().map(u -> u.total() == null ? 0.0 : u.total()).toList();
		byte[] chart = renderers.barPng(
				new BarChart("Điểm tổng hợp", names,
						List.of(new ChartSeries("Điểm tổng hợp " + results.year(), totals, "#5470c6")), 100),
				1000, Math.max(300, 28 * names.size() + 80));
		Report report = report(results.name(), results.illustrative(), table(leagueTable(results).titled("")),
				newPage(), chart(new ChartImage(chart, ""), PAGE_HEIGHT_SHARE));
		return file(renderers.pdf(report), "bang-xep-hang-" + results.year() + ".pdf", MediaType.APPLICATION_PDF);
	}

	public ResponseEntity<byte[]> profileXlsx(UnitProfile profile) {
		return file(renderers.xlsx(List.of(profileTable(profile), trendTable(profile))),
				"ho-so-" + profile.code() + "-" + profile.year() + ".xlsx", XLSX);
	}

	public ResponseEntity<byte[]> profilePdf(UnitProfile profile) {
		String heading = profile.name() + " — DDCI " + profile.year();
		var radarChart = chart(new ChartImage(radarPng(profile), ""), BESIDE_TABLE_HEIGHT_SHARE);
		var scores = table(profileTable(profile).titled(""));
		Report report = profile.trend().isEmpty() ? report(heading, profile.illustrative(), radarChart, scores)
				: report(heading, profile.illustrative(), radarChart, scores, newPage(),
						chart(new ChartImage(trendPng(profile), ""), PAGE_HEIGHT_SHARE));
		return file(renderers.pdf(report), "ho-so-" + profile.code() + "-" + profile.year() + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	byte[] radarPng(UnitProfile profile) {
		List<String> axes = profile.components().stream().map(ComponentProfile::nameVi).toList();
		List<ChartSeries> series = new ArrayList<>();
		series.add(new ChartSeries(profile.name(), profile.components().stream().map(c -> zero(c.score())).toList(),
				"#c23531"));
		series.add(new ChartSeries("Trung vị khối", profile.components().stream().map(c -> zero(c.median())).toList(),
				"#2f4554"));
		series.add(new ChartSeries("Cao nhất", profile.components().stream().map(c -> zero(c.best())).toList(),
				"#91cc75"));
		if (profile.components().stream().anyMatch(c -> c.target() != null)) {
			series.add(new ChartSeries("Mục tiêu", profile.components().stream().map(c -> zero(c.target())).toList(),
					"#fac858"));
		}
		return renderers.radarPng(RadarChart.scores("", axes, series), 900, 700);
	}

	/**
	 * The rank trend as bars: total score per edition, labelled with the year and the
	 * rank k/n.
	 */
	byte[] trendPng(UnitProfile profile) {
		List<String> years = profile.trend()
			.stream()
			.map(p -> p.year() + " — hạng " + p.rank() + "/" + p.unitCount())
			.toList();
		List<Double> totals = profile.trend().stream().map(p -> zero(p.total())).toList();
		return renderers.barPng(
				new BarChart("Xu hướng xếp hạng: điểm tổng hợp và hạng qua các kỳ", years,
						List.of(new ChartSeries(profile.name(), totals, "#c23531")), 100),
				1000, Math.max(260, 60 * years.size() + 120));
	}

	static TableContent leagueTable(EditionResults results) {
		List<String> headers = new ArrayList<>(List.of("Hạng", "Mã", "Đơn vị"));
		results.components().forEach(c -> headers.add(c.code()));
		headers.addAll(List.of("Tổng hợp", "Nhóm", "Thay đổi hạng"));
		List<List<Object>> rows = new ArrayList<>();
		for (UnitResult unit : results.units()) {
			List<Object> row = new ArrayList<>();
			row.add(unit.totalRank());
			row.add(unit.code());
			row.add(unit.name());
			row.addAll(unit.scores());
			row.add(unit.total());
			row.add(unit.band());
			row.add(unit.rankChange() == null ? "" : (unit.rankChange() > 0 ? "+" : "") + unit.rankChange());
			rows.add(row);
		}
		List<Double> widths = new ArrayList<>(List.of(0.6, 1.0, 4.0));
		results.components().forEach(c -> widths.add(0.8));
		widths.addAll(List.of(1.0, 1.2, 0.8));
		return new TableContent(title(results.name(), results.illustrative()), headers, rows, widths, true);
	}

	static TableContent profileTable(UnitProfile profile) {
		List<String> headers = List.of("Chỉ số thành phần", "Điểm", "Hạng", "Trung vị", "Chênh lệch trung vị",
				"Điểm hạng 10", "Mục tiêu", "Thay đổi");
		List<List<Object>> rows = new ArrayList<>();
		for (ComponentProfile c : profile.components()) {
			rows.add(new ArrayList<>(java.util.Arrays.asList(c.nameVi(), c.score(),
					c.rank() == null ? "" : c.rank() + "/" + c.unitCount(), c.median(), c.gapToMedian(),
					c.scoreAtRank10(), c.target(), c.change())));
		}
		rows.add(new ArrayList<>(java.util.Arrays.asList("Điểm tổng hợp", profile.total(),
				profile.totalRank() + "/" + profile.unitCount(), profile.totalMedian(), null, null,
				profile.targetTotal(), profile.totalChange())));
		return new TableContent(title(profile.name() + " — " + profile.editionName(), profile.illustrative()), headers,
				rows, List.of(4.0, 1.0, 1.0, 1.0, 1.2, 1.0, 1.0, 1.0), true);
	}

	static TableContent trendTable(UnitProfile profile) {
		List<List<Object>> rows = new ArrayList<>();
		profile.trend()
			.forEach(p -> rows
				.add(List.of(p.year(), p.total() == null ? "" : p.total(), p.rank() + "/" + p.unitCount())));
		return new TableContent("Xu hướng xếp hạng", List.of("Năm", "Điểm tổng hợp", "Hạng"), rows, List.of(), false);
	}

	private static String title(String name, boolean illustrative) {
		return illustrative ? name + " — " + ILLUSTRATIVE : name;
	}

	private static Double zero(Double value) {
		return value == null ? 0.0 : value;
	}

	private static Report report(String heading, boolean illustrative, vn.ddcihub.documents.Block... blocks) {
		return new Report(heading, illustrative ? ILLUSTRATIVE : "", List.of(blocks));
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

	static List<String> componentCodes(List<ComponentDef> components) {
		return components.stream().map(ComponentDef::code).toList();
	}

}
