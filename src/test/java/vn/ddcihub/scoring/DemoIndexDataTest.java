package vn.ddcihub.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The illustrative demo data (dữ liệu minh họa) reproduces the seed plan's 2018/2019
 * figures for STNMT.
 */
class DemoIndexDataTest {

	private static final String STNMT = "STNMT";

	private record Block(List<String> codes, List<String> names, double[][] components) {

		int indexOf(String code) {
			return codes.indexOf(code);
		}

		double[] column(int component) {
			double[] column = new double[components.length];
			for (int u = 0; u < components.length; u++) {
				column[u] = components[u][component];
			}
			return column;
		}

		double[] equalWeightTotals() {
			WeightedTotal weights = WeightedTotal.equalWeights(8);
			double[] totals = new double[components.length];
			for (int u = 0; u < components.length; u++) {
				totals[u] = weights.total(components[u]);
			}
			return totals;
		}
	}

	private static Block read(String year) throws IOException {
		String path = "/demo/index/ddci-" + year + "-so-ban-nganh.csv";
		try (InputStream in = DemoIndexDataTest.class.getResourceAsStream(path);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			List<CSVRecord> records = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords();
			List<String> codes = new ArrayList<>();
			List<String> names = new ArrayList<>();
			double[][] components = new double[records.size()][8];
			for (int u = 0; u < records.size(); u++) {
				CSVRecord record = records.get(u);
				codes.add(record.get("unit_code"));
				names.add(record.get("unit_name"));
				for (int c = 0; c < 8; c++) {
					String value = record.get("c" + (c + 1));
					assertThat(value).matches("\\d+\\.\\d{2}");
					components[u][c] = Double.parseDouble(value);
				}
			}
			return new Block(codes, names, components);
		}
	}

	@Test
	void blockSizesAre21In2018And23In2019WithoutTheOrganiser() throws IOException {
		Block block2018 = read("2018");
		Block block2019 = read("2019");
		assertThat(block2018.codes()).hasSize(21).contains(STNMT).doesNotHaveDuplicates().doesNotContain("SKHDT");
		assertThat(block2019.codes()).hasSize(23).contains(STNMT).doesNotHaveDuplicates().doesNotContain("SKHDT");
		assertThat(block2019.codes()).containsAll(block2018.codes());
		assertThat(block2019.names()).contains("Sở Văn hóa, Thể thao và Du lịch");
	}

	@Test
	void stnmt2019ComponentScoresAreThoseOfTheSeedPlan() throws IOException {
		Block block = read("2019");
		assertThat(block.components()[block.indexOf(STNMT)]).containsExactly(6.77, 6.83, 5.53, 2.65, 4.50, 6.78, 4.69,
				6.26);
	}

	@Test
	void stnmt2019ComponentRanksAreThoseOfTheSeedPlanWithoutTies() throws IOException {
		Block block = read("2019");
		int stnmt = block.indexOf(STNMT);
		int[] expected = { 16, 18, 16, 23, 20, 14, 14, 10 };
		for (int c = 0; c < 8; c++) {
			double[] column = block.column(c);
			int[] ranks = Ranking.ranks(column);
			assertThat(ranks[stnmt]).as("rank of component %d", c + 1).isEqualTo(expected[c]);
			for (int u = 0; u < column.length; u++) {
				if (u != stnmt) {
					assertThat(ranks[u]).as("no unit ties STNMT in component %d", c + 1).isNotEqualTo(expected[c]);
				}
			}
		}
	}

	@Test
	void stnmt2019IsBelowTheBlockMedianInComponentsOneToSevenOnly() throws IOException {
		Block block = read("2019");
		int stnmt = block.indexOf(STNMT);
		for (int c = 0; c < 8; c++) {
			Stats.Summary summary = Stats.of(block.column(c));
			assertThat(summary.isBelowMedian(block.components()[stnmt][c])).as("component %d", c + 1).isEqualTo(c < 7);
		}
	}

	@Test
	void stnmt2019EqualWeightTotalIs55Point01AndRanks20Of23() throws IOException {
		Block block = read("2019");
		double[] totals = block.equalWeightTotals();
		int stnmt = block.indexOf(STNMT);
		assertThat(Rounding.halfUp(totals[stnmt], 2)).isEqualTo(55.01);
		assertThat(Ranking.ranks(totals)[stnmt]).isEqualTo(20);
		assertThat(Ranking.rankedCount(totals)).isEqualTo(23);
	}

	@Test
	void stnmt2018EqualWeightTotalRanks16Of21() throws IOException {
		Block block = read("2018");
		double[] totals = block.equalWeightTotals();
		assertThat(Ranking.ranks(totals)[block.indexOf(STNMT)]).isEqualTo(16);
		assertThat(Ranking.rankedCount(totals)).isEqualTo(21);
	}

	@Test
	void demoScoresStayOnAPlausibleSpread() throws IOException {
		for (String year : List.of("2018", "2019")) {
			Block block = read(year);
			for (int c = 0; c < 8; c++) {
				Stats.Summary summary = Stats.of(block.column(c));
				assertThat(summary.min()).as("%s c%d min", year, c + 1).isGreaterThanOrEqualTo(2.5);
				assertThat(summary.max()).as("%s c%d max", year, c + 1).isLessThanOrEqualTo(9.5);
				assertThat(summary.max() - summary.min()).as("%s c%d spread", year, c + 1).isGreaterThan(2.0);
			}
		}
	}

}
