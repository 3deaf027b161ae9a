package vn.ddcihub.index.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.index.Block;
import vn.ddcihub.shared.BadInputException;

/**
 * Results streamed in with COPY: every character a unit code may hold arrives as written,
 * a re-import replaces the rows it names and keeps the others, and the rows belong to the
 * import's transaction (all or nothing).
 */
class ResultCopyTest extends IntegrationTest {

	private static final String HEADER = "unit_code;unit_name;C1;C2;C3;C4;C5;C6;C7;C8;total;rank\n";

	@Autowired
	IndexService index;

	@Autowired
	TransactionTemplate transactions;

	private static byte[] csv(String rows) {
		return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
	}

	private Map<String, String> stored(int year) {
		return jdbc.sql("""
				select r.unit_code, concat_ws(' ', r.component_codes::text, r.scores::text, r.published_total,
				                              r.published_rank) as result
				from index_result r join index_edition e on e.id = r.edition_id
				where e.year = :year and e.block = 'DISTRICT'""")
			.param("year", year)
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void unitCodesWithBackslashTabAndQuoteArriveAsWritten() {
		index.importResults(2051, Block.DISTRICT, "ky-tu.csv", csv("""
				CO\\PY;Đơn vị gạch chéo;1;2;3;4;5;6;7;8;50;1
				"CO\tPY";Đơn vị tab;1,5;2;3;4;5;6;7;8;;
				"CO""PY";Đơn vị ngoặc kép;9,99;2;3;4;5;6;7;0;;3
				"""), true);
		assertThat(stored(2051)).containsOnly(
				Map.entry("CO\\PY", "{C1,C2,C3,C4,C5,C6,C7,C8} {1.00,2.00,3.00,4.00,5.00,6.00,7.00,8.00} 50.00 1"),
				Map.entry("CO\tPY", "{C1,C2,C3,C4,C5,C6,C7,C8} {1.50,2.00,3.00,4.00,5.00,6.00,7.00,8.00}"),
				Map.entry("CO\"PY", "{C1,C2,C3,C4,C5,C6,C7,C8} {9.99,2.00,3.00,4.00,5.00,6.00,7.00,0.00} 3"));
		// the new assessed units are copied in too
		assertThat(jdbc.sql("select name from index_assessed_unit where block = 'DISTRICT' and code = ?")
			.param("CO\tPY")
			.query(String.class)
			.single()).isEqualTo("Đơn vị tab");
	}

	@Test
	void reimportReplacesTheUnitsItNamesAndKeepsTheOthers() {
		index.importResults(2052, Block.DISTRICT, "dau.csv", csv("""
				GIU;Đơn vị giữ;1;1;1;1;1;1;1;1;;
				THAY;Đơn vị thay;1;1;1;1;1;1;1;1;;
				"""), true);
		index.importResults(2052, Block.DISTRICT, "sau.csv", csv("THAY;Đơn vị thay;2;2;2;2;2;2;2;2;20;2\n"), true);
		assertThat(stored(2052)).containsOnly(
				Map.entry("GIU", "{C1,C2,C3,C4,C5,C6,C7,C8} {1.00,1.00,1.00,1.00,1.00,1.00,1.00,1.00}"),
				Map.entry("THAY", "{C1,C2,C3,C4,C5,C6,C7,C8} {2.00,2.00,2.00,2.00,2.00,2.00,2.00,2.00} 20.00 2"));
	}

	/**
	 * The first results of an edition are sent while the file is read: a problem found
	 * further down, or a rank checked once the whole file is known, leaves nothing
	 * behind.
	 */
	@Test
	void aFirstImportStreamedBeforeAProblemLeavesNothing() {
		StringBuilder good = new StringBuilder();
		for (int i = 1; i <= 5_000; i++) {
			good.append("STREAM").append(i).append(";Đơn vị ").append(i).append(";1;1;1;1;1;1;1;1;;\n");
		}
		assertThatThrownBy(() -> index.importResults(2054, Block.DISTRICT, "loi-cuoi.csv",
				csv(good + "STREAM5001;Đơn vị cuối;1;1;1;1;1;1;1;mười một;;\n"), true))
			.isInstanceOf(BadInputException.class)
			.satisfies(e -> assertThat(((BadInputException) e).problems()).singleElement()
				.satisfies(p -> assertThat(p.row()).isEqualTo(5_002)));
		assertThatThrownBy(() -> index.importResults(2054, Block.DISTRICT, "hang-sai.csv",
				csv(good + "STREAM5001;Đơn vị cuối;1;1;1;1;1;1;1;1;;9999\n"), true))
			.isInstanceOf(BadInputException.class);
		assertThat(stored(2054)).isEmpty();
		assertThat(jdbc.sql("select count(*) from index_assessed_unit where code = 'STREAM1'")
			.query(Integer.class)
			.single()).isZero();

		index.importResults(2054, Block.DISTRICT, "dung.csv", csv(good.toString()), true);
		assertThat(stored(2054)).hasSize(5_000)
			.containsEntry("STREAM4999", "{C1,C2,C3,C4,C5,C6,C7,C8} {1.00,1.00,1.00,1.00,1.00,1.00,1.00,1.00}");
	}

	@Test
	void copiedRowsRollBackWithTheImport() {
		transactions.executeWithoutResult(status -> {
			index.importResults(2053, Block.DISTRICT, "huy.csv", csv("HUY;Đơn vị huỷ;1;1;1;1;1;1;1;1;;\n"), true);
			assertThat(stored(2053)).containsOnlyKeys("HUY");
			status.setRollbackOnly();
		});
		assertThat(stored(2053)).isEmpty();
	}

}
