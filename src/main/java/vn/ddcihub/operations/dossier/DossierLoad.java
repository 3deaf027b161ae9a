package vn.ddcihub.operations.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * rows are parsed and checked while they stream with COPY, and their codes go into a hash
 * set ({@link DossierCodes}) that proves a file free of repeated codes without a second
 * pass. An organisation without dossiers (a first import) has its rows COPYed straight
 * into {@code ops_dossier}, as fast as PostgreSQL's own COPY; otherwise they go into a
 * temporary staging table and one
 * {@code INSERT … ON CONFLICT (organisation_id, code) DO UPDATE … WHERE … IS DISTINCT FROM …}
 * adds new dossiers and changes only the ones that differ, so a clean re-import writes
 * nothing. The monthly rollup is counted while parsing (first import) or rebuilt when
 * anything changed. Any problem refuses the whole file (the transaction rolls back,
 * nothing changes).
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

	/**
	 * Straight into the table: the organisation, the parser's columns, then illustrative.
	 */
	static final String DIRECT = """
			copy ops_dossier (organisation_id, code, procedure_code, procedure_name, field, unit_id, unit_name, channel,
			    received_at, due_at, returned_at, status, apology_slip, illustrative) from stdin""";

	/**
	 * Only the staged rows that are new or differ reach the insert: one hash join with
	 * the stored dossiers finds them (a clean re-import of a million rows then writes
	 * nothing, without a million conflict probes of the primary key).
	 */
	private static final String UPSERT = """
			with changed as (
			    insert into ops_dossier as d (organisation_id, code, procedure_code, procedure_name, field, unit_id,
			        unit_name, channel, received_at, due_at, returned_at, status, apology_slip, illustrative)
			    select :org, s.code, s.procedure_code, s.procedure_name, s.field, s.unit_id, s.unit_name, s.channel,
			        s.received_at, s.due_at, s.returned_at, s.status, s.apology_slip, :illustrative
			    from ops_dossier_staging s
			    left join ops_dossier o on o.organisation_id = :org and o.code = s.code
			    where o.code is null
			        or (o.procedure_code, o.procedure_name, o.field, o.unit_id, o.unit_name, o.channel, o.received_at,
			            o.due_at, o.returned_at, o.status, o.apology_slip, o.illustrative)
			        is distinct from (s.procedure_code, s.procedure_name, s.field, s.unit_id, s.unit_name, s.channel,
			            s.received_at, s.due_at, s.returned_at, s.status, s.apology_slip, :illustrative)
			    on conflict (organisation_id, code) do update set procedure_code = excluded.procedure_code,
			        procedure_name = excluded.procedure_name, field = excluded.field, unit_id = excluded.unit_id,
			        unit_name = excluded.unit_name, channel = excluded.channel, received_at = excluded.received_at,
			        due_at = excluded.due_at, returned_at = excluded.returned_at, status = excluded.status,
			        apology_slip = excluded.apology_slip, illustrative = excluded.illustrative
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

	private final Procedures procedures;

	DossierLoad(DataSource dataSource, JdbcClient jdbc, DossierRollup rollup, Procedures procedures) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.rollup = rollup;
		this.procedures = procedures;
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
		// nothing to update: COPY straight into the table, as fast as a plain COPY (the
		// transaction keeps it all-or-nothing; rows with a suspect code are held back)
		boolean direct = jdbc.sql("select not exists (select 1 from ops_dossier where organisation_id = ?)")
			.param(organisationId)
			.query(Boolean.class)
			.single();
		if (!direct) {
			// a second load in one transaction finds the first one's staging table
			jdbc.sql("drop table if exists ops_dossier_staging").update();
			jdbc.sql(STAGING).update();
		}
		Map<String, Procedure> catalogue = new HashMap<>();
		procedures.list(organisationId).forEach(procedure -> catalogue.put(procedure.code(), procedure));
		CountingStream in = new CountingStream(file);
		long[] rows = { 0 };
		DossierLineParser[] parser = { null };
		DossierCodes codes = new DossierCodes();
		RepeatedCodes repeated = new RepeatedCodes(fileName);
		// the file is all the organisation's dossiers then: its rollup is counted while
		// parsing, not in a second pass over the stored rows
		MonthlyCounts monthly = direct ? new MonthlyCounts() : null;
		try (TableCopy copy = TableCopy.open(dataSource, direct ? DIRECT : "copy ops_dossier_staging from stdin")) {
			SheetRows.read(fileName, in, (number, cells) -> {
				if (parser[0] == null) {
					List<String> header = cells.stream().map(String::strip).toList();
					List<DossierColumn> missing = mapping.missing(header);
					missing.forEach(column -> problems.add("cột thiếu",
							InputProblem.at(fileName, (int) number, column.name(), "Không có cột cho “"
									+ DossierLabels.vietnamese(column) + "”: hãy chọn cột của tệp cho trường này")));
					if (!missing.isEmpty()) {
						return false;
					}
					parser[0] = new DossierLineParser(fileName, header, mapping, units, catalogue, problems);
					if (direct) {
						parser[0].countInto(monthly);
					}
					return true;
				}
				rows[0]++;
				StringBuilder line = copy.line();
				int mark = line.length();
				if (direct) {
					line.append(organisationId).append('\t');
				}
				if (!parser[0].parse(number, cells, line)) {
					line.setLength(mark);
				}
				else if (direct) {
					line.append('\t').append(illustrative ? 't' : 'f');
					int first = codes.add(parser[0].code(), (int) number);
					if (first < 0) {
						copy.endLine();
					}
					else {
						// held back: a repeated code would fail the whole COPY
						repeated.suspect((int) number, first, parser[0].code(), line.substring(mark));
						line.setLength(mark);
					}
				}
				else {
					line.append('\t').append(number);
					repeated.staged(codes.add(parser[0].code(), (int) number) >= 0);
					copy.endLine();
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
			// are reported with the other problems (the refusal rolls them back)
			copy.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		progress.report(rows[0], in.count());
		long copied = System.nanoTime();
		Result result;
		if (direct) {
			repeated.resolveDirect(organisationId, jdbc, dataSource, DIRECT, problems);
			problems.refuseIfAny();
			result = new Result(rows[0], rows[0], 0, 0, parser[0].unknownUnits());
		}
		else {
			if (repeated.anyStaged()) {
				repeated.inStaging(jdbc, problems);
			}
			problems.refuseIfAny();
			// a temporary table has no statistics: without them the join is planned
			// for a few rows
			jdbc.sql("analyze ops_dossier_staging").update();
			result = jdbc.sql(UPSERT)
				.param("org", organisationId)
				.param("illustrative", illustrative)
				.query((rs, i) -> new Result(rows[0], rs.getLong("inserted"), rs.getLong("updated"),
						rows[0] - rs.getLong("inserted") - rs.getLong("updated"), parser[0].unknownUnits()))
				.single();
		}
		long upserted = System.nanoTime();
		if (direct) {
			rollup.write(organisationId, monthly);
		}
		else if (result.changedAnything()) {
			rollup.rebuild(organisationId);
		}
		log.debug("Loaded {} rows{}: parse and COPY {} ms, upsert {} ms, rollup {} ms", rows[0],
				direct ? " straight into ops_dossier" : " through staging", (copied - started) / 1_000_000,
				(upserted - copied) / 1_000_000, (System.nanoTime() - upserted) / 1_000_000);
		return result;
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
