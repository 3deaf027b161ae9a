package vn.ddcihub.operations.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.TableCopy;

/**
 * The rows of a load whose code's hash was seen before ({@link DossierCodes}), checked
 * exactly once the COPY is over, and reported as repeated codes. Straight into
 * {@code ops_dossier}, such rows are held back from the COPY (a repeated key would fail
 * it); afterwards a held row whose code is stored repeats an earlier row, and the others
 * (codes that only share a hash) are COPYed in. Through staging, any suspect runs the
 * exact grouping query on staging; none proves the file free of repeats without it.
 */
final class RepeatedCodes {

	/** Suspects held with their line; beyond, only their row numbers are kept. */
	static final int HELD = 1_000;

	private static final String KIND = "mã hồ sơ lặp lại";

	private record Suspect(int row, int firstWithHash, String code, String line) {
	}

	private final String file;

	private final List<Suspect> held = new ArrayList<>();

	/** Pairs of (row, first row with the same hash) of the suspects not held. */
	private int[] beyond = new int[0];

	private int beyondSize;

	private boolean staged;

	RepeatedCodes(String file) {
		this.file = file;
	}

	/** A row held back from the direct COPY; {@code line} is its COPY line. */
	void suspect(int row, int firstWithHash, String code, String line) {
		if (held.size() < HELD) {
			held.add(new Suspect(row, firstWithHash, code, line));
			return;
		}
		if (beyondSize + 2 > beyond.length) {
			beyond = Arrays.copyOf(beyond, Math.max(64, beyond.length * 2));
		}
		beyond[beyondSize++] = row;
		beyond[beyondSize++] = firstWithHash;
	}

	/**
	 * A row COPYed into staging; {@code suspected} when its code's hash was seen before.
	 */
	void staged(boolean suspected) {
		staged |= suspected;
	}

	boolean anyStaged() {
		return staged;
	}

	/**
	 * After the direct COPY: reports the held rows that repeat a code and COPYs in the
	 * others.
	 */
	void resolveDirect(long organisationId, JdbcClient jdbc, DataSource dataSource, String copySql,
			InputProblems problems) {
		if (held.isEmpty()) {
			return;
		}
		Set<String> stored = new HashSet<>(
				jdbc.sql("select code from ops_dossier where organisation_id = ? and code = any(?)")
					.params(organisationId, held.stream().map(Suspect::code).distinct().toArray(String[]::new))
					.query(String.class)
					.list());
		long before = problems.count();
		Map<String, Integer> firstHeld = new HashMap<>();
		List<String> hashTwins = new ArrayList<>();
		for (Suspect suspect : held) {
			Integer earlier = stored.contains(suspect.code()) ? Integer.valueOf(suspect.firstWithHash())
					: firstHeld.putIfAbsent(suspect.code(), suspect.row());
			if (earlier != null) {
				repeated(problems, suspect.row(), suspect.code(), earlier);
			}
			else {
				hashTwins.add(suspect.line());
			}
		}
		if (problems.count() > before) {
			for (int i = 0; i < beyondSize; i += 2) {
				int row = beyond[i];
				int first = beyond[i + 1];
				problems.add(KIND,
						() -> InputProblem.at(file, row, DossierColumn.CODE.name(), "mã hồ sơ đã có ở dòng " + first));
			}
			return;
		}
		if (beyondSize > 0) {
			// over a thousand codes sharing a hash with another yet none repeated: not
			// met
			// with 64-bit hashes; refusing beats guessing
			throw new IllegalStateException("Too many dossier codes share a hash in " + file);
		}
		try (TableCopy copy = TableCopy.open(dataSource, copySql)) {
			for (String line : hashTwins) {
				copy.line().append(line);
				copy.endLine();
			}
			copy.finish();
		}
	}

	/** Through staging: codes given to more than one row, found exactly in SQL. */
	void inStaging(JdbcClient jdbc, InputProblems problems) {
		jdbc.sql("""
				select code, array_agg(row_no order by row_no) as rows from ops_dossier_staging
				group by code having count(*) > 1 order by min(row_no) limit 200""").query((rs, i) -> {
			String code = rs.getString(1);
			Long[] at = (Long[]) rs.getArray(2).getArray();
			for (int n = 1; n < at.length; n++) {
				repeated(problems, at[n].intValue(), code, at[0].intValue());
			}
			return code;
		}).list();
	}

	private void repeated(InputProblems problems, int row, String code, int first) {
		problems.add(KIND, () -> InputProblem.at(file, row, DossierColumn.CODE.name(),
				"mã hồ sơ “" + InputProblems.quote(code) + "” đã có ở dòng " + first));
	}

}
