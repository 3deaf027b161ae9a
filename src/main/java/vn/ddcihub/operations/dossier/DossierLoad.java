package vn.ddcihub.operations.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.TableCopy;

/**
 * Loads an export into an organisation's dossiers inside the caller's transaction: the
 * rows are parsed and checked while they stream into a temporary staging table with COPY;
 * codes repeated in the file are found in SQL; then one
 * {@code INSERT … ON CONFLICT (organisation_id, code) DO UPDATE … WHERE … IS DISTINCT FROM …}
 * adds new dossiers and changes only the ones that differ, so a clean re-import writes
 * nothing; the monthly rollup is rebuilt when anything changed. Any problem refuses the
 * whole file (the transaction rolls back, nothing changes).
 */
@Component
public class DossierLoad {

	/** How often (rows) progress is reported and a cancel looked for. */
	static final int REPORT_EVERY = 5_000;

	private static final String STAGING = """
			create temp table ops_dossier_staging (
			    code varchar(64) not null, procedure_code varchar(64), procedure_name varchar(500), field varchar(120),
			    unit_id bigint, unit_name varchar(255) not null, channel varchar(8) not null,
			    received_at timestamp not null, due_at timestamp not null, returned_at timestamp, status varchar(120),
			    apology_slip boolean, row_no bigint not null) on commit drop""";

	private static final String UPSERT = """
			with changed as (
			    insert into ops_dossier as d (organisation_id, code, procedure_code, procedure_name, field, unit_id,
			        unit_name, channel, received_at, due_at, returned_at, status, apology_slip, illustrative)
			    select :org, s.code, s.procedure_code, coalesce(s.procedure_name, p.name), coalesce(s.field, p.field),
			        s.unit_id, s.unit_name, s.channel, s.received_at, s.due_at, s.returned_at, s.status, s.apology_slip,
			        :illustrative
			    from ops_dossier_staging s
			    left join ops_procedure p on p.organisation_id = :org and p.code = s.procedure_code
			    on conflict (organisation_id, code) do update set procedure_code = excluded.procedure_code,
			        procedure_name = excluded.procedure_name, field = excluded.field, unit_id = excluded.unit_id,
			        unit_name = excluded.unit_name, channel = excluded.channel, received_at = excluded.received_at,
			        due_at = excluded.due_at, returned_at = excluded.returned_at, status = excluded.status,
			        apology_slip = excluded.apology_slip, illustrative = excluded.illustrative
			    where (d.procedure_code, d.procedure_name, d.field, d.unit_id, d.unit_name, d.channel, d.received_at,
			           d.due_at, d.returned_at, d.status, d.apology_slip, d.illustrative)
			        is distinct from (excluded.procedure_code, excluded.procedure_name, excluded.field,
			           excluded.unit_id, excluded.unit_name, excluded.channel, excluded.received_at, excluded.due_at,
			           excluded.returned_at, excluded.status, excluded.apology_slip, excluded.illustrative)
			    returning (xmax = 0) as inserted)
			select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
			from changed""";

	/** Reported while loading; returns false when the import is to stop (cancelled). */
	@FunctionalInterface
	public interface Progress {

		boolean report(long rows, long bytes);

	}

	/** What a load did. */
	public record Result(long rows, long inserted, long updated, long unchanged, Set<String> unknownUnits) {

		public boolean changedAnything() {
			return inserted + updated > 0;
		}

	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DossierLoad.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final DossierRollup rollup;

	DossierLoad(DataSource dataSource, JdbcClient jdbc, DossierRollup rollup) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.rollup = rollup;
	}

	/**
	 * @throws vn.ddcihub.shared.BadInputException with the problems (capped) when any row
	 * is bad
	 * @throws CancellationException when {@code progress} asked to stop
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Result load(long organisationId, String fileName, InputStream file, ColumnMapping mapping, List<Unit> units,
			boolean illustrative, Progress progress) {
		InputProblems problems = new InputProblems(fileName);
		long started = System.nanoTime();
		// the duplicate check and the rollup group a million rows: in memory, not spilled
		// to
		// disk at the default 4 MB (for this transaction only)
		jdbc.sql("set local work_mem = '64MB'").update();
		// one load of an organisation at a time, whichever node runs it: two at once
		// would
		// each rebuild the rollup from what it sees and count some dossiers twice
		jdbc.sql("select pg_advisory_xact_lock(hashtext('ops_dossier_load'), cast(? as integer))")
			.param(organisationId)
			.query((rs, i) -> 1)
			.list();
		jdbc.sql(STAGING).update();
		CountingStream in = new CountingStream(file);
		long[] rows = { 0 };
		DossierLineParser[] parser = { null };
		try (TableCopy copy = TableCopy.open(dataSource, "copy ops_dossier_staging from stdin")) {
			SheetRows.read(fileName, in, (number, cells) -> {
				if (parser[0] == null) {
					List<String> header = cells.stream().map(String::strip).toList();
					List<DossierColumn> missing = mapping.missing(header);
					missing.forEach(column -> problems.add("cột thiếu",
							InputProblem.at(fileName, (int) number, column.name(), "Không có cột cho „"
									+ DossierLabels.vietnamese(column) + "”: hãy chọn cột của tệp cho trường này")));
					if (!missing.isEmpty()) {
						return false;
					}
					parser[0] = new DossierLineParser(fileName, header, mapping, units, problems);
					return true;
				}
				rows[0]++;
				StringBuilder line = copy.line();
				int mark = line.length();
				if (parser[0].parse(number, cells, line)) {
					copy.endLine();
				}
				else {
					line.setLength(mark);
				}
				if (rows[0] % REPORT_EVERY == 0 && !progress.report(rows[0], in.count())) {
					throw new CancellationException();
				}
				return true;
			});
			if (parser[0] == null) {
				if (problems.isEmpty()) {
					problems.add("tệp trống", InputProblem.at(fileName, 1, null, "Tệp không có dòng tiêu đề"));
				}
				throw problems.rejection();
			}
			// the good rows are stored even when some were bad, so that repeated codes
			// are
			// reported with the other problems
			copy.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		progress.report(rows[0], in.count());
		long copied = System.nanoTime();
		duplicates(fileName, problems);
		problems.refuseIfAny();
		long checked = System.nanoTime();
		Result result = jdbc.sql(UPSERT)
			.param("org", organisationId)
			.param("illustrative", illustrative)
			.query((rs, i) -> new Result(rows[0], rs.getLong("inserted"), rs.getLong("updated"),
					rows[0] - rs.getLong("inserted") - rs.getLong("updated"), parser[0].unknownUnits()))
			.single();
		long upserted = System.nanoTime();
		if (result.changedAnything()) {
			rollup.rebuild(organisationId);
		}
		log.debug("Loaded {} rows: parse and COPY {} ms, duplicates {} ms, upsert {} ms, rollup {} ms", rows[0],
				(copied - started) / 1_000_000, (checked - copied) / 1_000_000, (upserted - checked) / 1_000_000,
				(System.nanoTime() - upserted) / 1_000_000);
		return result;
	}

	/** Codes given to more than one row of the file. */
	private void duplicates(String fileName, InputProblems problems) {
		List<Object[]> repeated = new ArrayList<>();
		jdbc.sql("""
				select code, array_agg(row_no order by row_no) as rows from ops_dossier_staging
				group by code having count(*) > 1 order by min(row_no) limit 200""")
			.query((rs, i) -> repeated.add(new Object[] { rs.getString(1), rs.getArray(2).getArray() }))
			.list();
		for (Object[] entry : repeated) {
			Long[] at = (Long[]) entry[1];
			for (int i = 1; i < at.length; i++) {
				long row = at[i];
				problems.add("mã hồ sơ lặp lại", () -> InputProblem.at(fileName, (int) row, DossierColumn.CODE.name(),
						"mã hồ sơ „" + InputProblems.quote((String) entry[0]) + "” đã có ở dòng " + at[0]));
			}
		}
	}

	/** Counts the bytes read, for the progress of a CSV. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		long count() {
			return count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

	}

}
