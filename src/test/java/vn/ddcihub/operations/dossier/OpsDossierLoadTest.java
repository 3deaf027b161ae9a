package vn.ddcihub.operations.dossier;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The load's two ways in, each in a transaction rolled back afterwards (organisation ids
 * no organisation has, so no other test sees them): straight into {@code ops_dossier} for
 * an organisation without dossiers, with the rollup counted while parsing, and through
 * staging otherwise; repeated codes are found on both.
 */
class OpsDossierLoadTest extends IntegrationTest {

	private static final long FRESH = 990_001;

	@Autowired
	private DossierLoad load;

	@Autowired
	private DossierRollup rollup;

	@Autowired
	private javax.sql.DataSource dataSource;

	@Autowired
	private PlatformTransactionManager transactions;

	private static final String MONTH_ROWS = """
			select month, unit_name, procedure_code, field, channel, early, on_time, late, apology_slips,
			    array_to_string(share_bins, ','), days_total
			from ops_dossier_month where organisation_id = ?
			order by month, unit_name, procedure_code, field, channel""";

	@Test
	void aFirstImportGoesStraightInAndCountsTheRollupAsTheSqlRebuildDoes() throws Exception {
		StringWriter out = new StringWriter();
		IllustrativeDossiers.write(out, 2011, 4_000, 11, Map.of(), false, 10);
		// every bound of the histogram hit exactly (4 days allowed, 0 to 7 taken), and no
		// time allowed at all (counted as 1 day)
		for (int taken = 0; taken <= 7; taken++) {
			out.append("EDGE-" + taken + ",EDGE,,,Văn phòng Đăng ký đất đai,Bưu chính,01/04/2011,05/04/2011,0"
					+ (1 + taken) + "/04/2011,Đã trả," + (taken > 4 ? "có" : "") + "\n");
		}
		out.append("EDGE-SAME-DAY,,,,Văn phòng Đăng ký đất đai,Trực tuyến,01/04/2011,01/04/2011,02/04/2011,,không\n");
		inRolledBackTransaction(() -> {
			DossierLoad.Result result = load(FRESH, out.toString());
			assertThat(result.inserted()).isEqualTo(4_009);
			assertThat(count(FRESH)).isEqualTo(4_009);
			List<String> counted = monthRows(FRESH);
			assertThat(counted).hasSizeGreaterThan(12)
				.contains("2011-04-01|Văn phòng Đăng ký đất đai|EDGE||POST|4|1|3|3|2,1,1,1,1,1,1|28|");
			rollup.rebuild(FRESH);
			assertThat(monthRows(FRESH)).containsExactlyElementsOf(counted);
			// a re-import goes through staging and finds nothing to change
			DossierLoad.Result again = load(FRESH, out.toString());
			assertThat(again.inserted()).isZero();
			assertThat(again.unchanged()).isEqualTo(4_009);
			// one row that differs and one new: only those two are written
			DossierLoad.Result changed = load(FRESH, DossierFixtures.HEADER + row("EDGE-3") + row("NEW-1"));
			assertThat(changed.inserted()).isEqualTo(1);
			assertThat(changed.updated()).isEqualTo(1);
			assertThat(changed.unchanged()).isZero();
			assertThat(jdbc.sql("select procedure_code from ops_dossier where organisation_id = ? and code = 'EDGE-3'")
				.param(FRESH)
				.query(String.class)
				.single()).isEqualTo("DD-01");
		});
	}

	@Test
	void repeatedCodesAreReportedWithTheirFirstRowStraightInAndThroughStaging() {
		String file = DossierFixtures.HEADER + row("R-1") + row("R-2") + row("R-1") + row("R-3") + row("R-1");
		for (boolean withDossiers : new boolean[] { false, true }) {
			inRolledBackTransaction(() -> {
				if (withDossiers) {
					load(FRESH, DossierFixtures.HEADER + row("OLD-1"));
				}
				assertThatThrownBy(() -> load(FRESH, file)).isInstanceOfSatisfying(BadInputException.class, refused -> {
					assertThat(refused.problems()).extracting(InputProblem::row).containsExactly(4, 6);
					assertThat(refused.problems()).extracting(InputProblem::message)
						.allMatch(message -> message.contains("“R-1” đã có ở dòng 2"));
				});
			});
		}
	}

	@Test
	void aRowHeldBackForItsHashIsStoredWhenItsCodeIsNotRepeated() {
		inRolledBackTransaction(() -> {
			load(FRESH, DossierFixtures.HEADER + row("T-1"));
			InputProblems problems = new InputProblems("t.csv");
			RepeatedCodes repeated = new RepeatedCodes("t.csv");
			// as if T-2 and T-3 had shared a hash with row 2's code: T-2 only, T-3 twice
			repeated.suspect(3, 2, "T-2", line("T-2"));
			repeated.suspect(4, 2, "T-1", line("T-1"));
			repeated.suspect(5, 2, "T-3", line("T-3"));
			repeated.suspect(6, 2, "T-3", line("T-3"));
			repeated.resolveDirect(FRESH, jdbc, dataSource, DossierLoad.DIRECT, problems);
			assertThatThrownBy(problems::refuseIfAny).isInstanceOfSatisfying(BadInputException.class,
					refused -> assertThat(refused.problems()).extracting(InputProblem::row).containsExactly(4, 6));

			InputProblems none = new InputProblems("t.csv");
			RepeatedCodes twins = new RepeatedCodes("t.csv");
			twins.suspect(3, 2, "T-2", line("T-2"));
			twins.resolveDirect(FRESH, jdbc, dataSource, DossierLoad.DIRECT, none);
			assertThat(none.isEmpty()).isTrue();
			assertThat(jdbc.sql("select code from ops_dossier where organisation_id = ? order by code")
				.param(FRESH)
				.query(String.class)
				.list()).containsExactly("T-1", "T-2");
		});
		assertThat(count(FRESH)).isZero();
	}

	private static String row(String code) {
		return code + ",DD-01,Đăng ký biến động,Đất đai,Văn phòng Đăng ký đất đai,Trực tiếp,02/03/2011,10/03/2011,"
				+ "09/03/2011,Đã trả,\n";
	}

	private static String line(String code) {
		return String.join("\t",
				Arrays.asList(String.valueOf(FRESH), code, "DD-01", "Đăng ký biến động", "Đất đai", "\\N",
						"Văn phòng Đăng ký đất đai", "DIRECT", "2011-03-02 00:00:00", "2011-03-10 00:00:00",
						"2011-03-09 00:00:00", "Đã trả", "\\N", "f"));
	}

	private DossierLoad.Result load(long organisationId, String file) {
		List<String> header = Arrays.asList(DossierFixtures.HEADER.strip().split(","));
		return load.load(organisationId, "ho-so.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				ColumnMapping.guess(header, null), List.of(), false, (rows, bytes) -> true);
	}

	private void inRolledBackTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			work.run();
		});
	}

	private List<String> monthRows(long organisationId) {
		return jdbc.sql(MONTH_ROWS).param(organisationId).query((rs, i) -> {
			StringBuilder row = new StringBuilder();
			for (int column = 1; column <= 11; column++) {
				row.append(rs.getString(column)).append('|');
			}
			return row.toString();
		}).list();
	}

	private long count(long organisationId) {
		return jdbc.sql("select count(*) from ops_dossier where organisation_id = ?")
			.param(organisationId)
			.query(Long.class)
			.single();
	}

}
