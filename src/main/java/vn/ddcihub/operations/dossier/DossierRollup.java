package vn.ddcihub.operations.dossier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.shared.TableCopy;

/**
 * The monthly rollup of an organisation's returned dossiers ({@code ops_dossier_month}):
 * per month of return, unit, procedure, field and channel, the early / on-time / late
 * counts, apology slips, the processing-time histogram against the time allowed and the
 * days taken. Rebuilt whole after an import changed anything (one grouped scan), or
 * written from the counts a first import made while parsing ({@link MonthlyCounts}); the
 * analytics then read thousands of rows instead of millions.
 */
@Component
class DossierRollup {

	/**
	 * Upper bounds of the histogram's bins: elapsed time as a share of the time allowed.
	 */
	static final double[] SHARE_BOUNDS = { 0.25, 0.5, 0.75, 1.0, 1.25, 1.5 };

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	DossierRollup(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Replaces the organisation's rollup with {@code counts} (all of its dossiers). */
	@Transactional(propagation = Propagation.MANDATORY)
	void write(long organisationId, MonthlyCounts counts) {
		jdbc.sql("delete from ops_dossier_month where organisation_id = ?").param(organisationId).update();
		try (TableCopy copy = TableCopy.open(dataSource, """
				copy ops_dossier_month (organisation_id, month, unit_name, procedure_code, field, channel, early,
				    on_time, late, apology_slips, share_bins, days_total) from stdin""")) {
			counts.forEach((key, n) -> {
				StringBuilder line = copy.line().append(organisationId).append('\t').append(key.month()).append('\t');
				for (String text : new String[] { key.unitName(), key.procedureCode(), key.field(), key.channel() }) {
					TableCopy.text(line, text);
					line.append('\t');
				}
				line.append(n[MonthlyCounts.EARLY]).append('\t').append(n[MonthlyCounts.ON_TIME]).append('\t');
				line.append(n[MonthlyCounts.LATE]).append('\t').append(n[MonthlyCounts.APOLOGY_SLIPS]).append("\t{");
				for (int bin = 0; bin < 7; bin++) {
					line.append(bin == 0 ? "" : ",").append(n[MonthlyCounts.FIRST_BIN + bin]);
				}
				line.append("}\t").append(n[MonthlyCounts.DAYS]);
				copy.endLine();
			});
			copy.finish();
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void rebuild(long organisationId) {
		jdbc.sql("delete from ops_dossier_month where organisation_id = ?").param(organisationId).update();
		// counted once per (dimensions, outcome, bin) with two aggregates, then pivoted
		// over
		// those few thousand groups: cheaper than eleven filtered aggregates per dossier
		jdbc.sql("""
				insert into ops_dossier_month (organisation_id, month, unit_name, procedure_code, field, channel,
				    early, on_time, late, apology_slips, share_bins, days_total)
				select ?, month, unit_name, procedure_code, field, channel,
				    coalesce(sum(n) filter (where outcome < 0), 0), coalesce(sum(n) filter (where outcome = 0), 0),
				    coalesce(sum(n) filter (where outcome > 0), 0), coalesce(sum(slips) filter (where outcome > 0), 0),
				    array[coalesce(sum(n) filter (where bin = 1), 0), coalesce(sum(n) filter (where bin = 2), 0),
				          coalesce(sum(n) filter (where bin = 3), 0), coalesce(sum(n) filter (where bin = 4), 0),
				          coalesce(sum(n) filter (where bin = 5), 0), coalesce(sum(n) filter (where bin = 6), 0),
				          coalesce(sum(n) filter (where bin = 7), 0)],
				    sum(days)
				from (select month, unit_name, procedure_code, field, channel, outcome, bin, count(*) as n,
				          count(*) filter (where apology_slip) as slips, sum(days) as days
				      from (select date_trunc('month', returned_at)::date as month, unit_name,
				                coalesce(procedure_code, '') as procedure_code, coalesce(field, '') as field, channel,
				                sign(returned_at::date - due_at::date) as outcome, apology_slip, days,
				                -- bins of days taken ÷ days allowed in whole numbers (no division per row):
				                -- ≤ 1/4, ≤ 1/2, ≤ 3/4, ≤ 1, ≤ 5/4, ≤ 3/2, more
				                case when 4 * days <= allowed then 1 when 2 * days <= allowed then 2
				                     when 4 * days <= 3 * allowed then 3 when days <= allowed then 4
				                     when 4 * days <= 5 * allowed then 5 when 2 * days <= 3 * allowed then 6
				                     else 7 end as bin
				            from (select returned_at, due_at, unit_name, procedure_code, field, channel, apology_slip,
				                      returned_at::date - received_at::date as days,
				                      greatest(due_at::date - received_at::date, 1) as allowed
				                  from ops_dossier where organisation_id = ? and returned_at is not null) r) d
				      group by 1, 2, 3, 4, 5, 6, 7) counted
				group by month, unit_name, procedure_code, field, channel""")
			.params(organisationId, organisationId)
			.update();
	}

}
