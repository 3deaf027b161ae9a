package vn.ddcihub.portal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.index.IndexApi.PublishedComponent;
import vn.ddcihub.index.IndexApi.PublishedLeague;
import vn.ddcihub.index.IndexApi.Interval;
import vn.ddcihub.index.IndexApi.PublishedRow;
import vn.ddcihub.shared.CsvCells;

/**
 * A published league table as a file: the same table as the page (rank, unit, each
 * component, total, band; from a survey also the respondents and the 90 % intervals of
 * the total and the rank; then the block medians) in CSV and XLSX.
 */
@Component
public class LeagueFiles {

	static final String ILLUSTRATIVE = "Dữ liệu minh họa — không phải số liệu công bố chính thức";

	private final DocumentRenderers renderers;

	LeagueFiles(DocumentRenderers renderers) {
		this.renderers = renderers;
	}

	public byte[] csv(PublishedLeague league) {
		TableContent table = table(league);
		return CsvCells.write(';', table.headers(), table.rows());
	}

	public byte[] xlsx(PublishedLeague league) {
		return renderers.xlsx(List.of(table(league)));
	}

	public static String fileName(PublishedLeague league, String extension) {
		return "ddci-" + league.edition().year() + "-"
				+ league.edition().block().name().toLowerCase(java.util.Locale.ROOT) + "." + extension;
	}

	static TableContent table(PublishedLeague league) {
		boolean responses = league.hasResponses();
		boolean intervals = league.hasIntervals();
		List<String> headers = new ArrayList<>(List.of("Hạng", "Mã", "Đơn vị"));
		league.components().stream().map(PublishedComponent::code).forEach(headers::add);
		headers.addAll(List.of("Tổng hợp", "Nhóm"));
		// Survey columns go last, so a table without them keeps its columns where they
		// were.
		if (responses) {
			headers.add("Số phiếu");
		}
		if (intervals) {
			headers.addAll(List.of("Tổng hợp: cận dưới 90 %", "Tổng hợp: cận trên 90 %", "Hạng: tốt nhất 90 %",
					"Hạng: kém nhất 90 %"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (PublishedRow unit : league.rows()) {
			List<Object> row = new ArrayList<>(List.of(unit.ranked() ? unit.rank() : "", unit.code(), unit.name()));
			row.addAll(unit.scores());
			row.add(unit.total());
			row.add(unit.band() == null ? "" : unit.band());
			if (responses) {
				row.add(unit.responses());
			}
			if (intervals) {
				Interval total = unit.totalInterval();
				Interval rank = unit.rankInterval();
				row.addAll(Arrays.asList(total == null ? null : total.low(), total == null ? null : total.high(),
						rank == null ? null : rank.low(), rank == null ? null : rank.high()));
			}
			rows.add(row);
		}
		List<Object> medians = new ArrayList<>(List.of("", "", "Trung vị khối"));
		medians.addAll(league.medians());
		medians.add(league.totalMedian());
		medians.add("");
		while (medians.size() < headers.size()) {
			medians.add("");
		}
		rows.add(medians);
		String title = league.edition().illustrative() ? league.edition().name() + " — " + ILLUSTRATIVE
				: league.edition().name();
		return new TableContent(title, headers, rows, List.of(), true);
	}

}
