package vn.ddcihub.execution.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.domain.PeriodCalendar.PeriodDates;

/** Reporting lines of plans and the periods generated from them. */
@Repository
class ReportingLineRepository {

	private static final String LINE_COLUMNS = """
			id, plan_id, frequency, reporter_unit_id, receiving_unit_ids, external_recipients, due_day, due_month,
			on_request, first_year, last_year""";

	private final JdbcClient jdbc;

	ReportingLineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReportingLine> lines(long planId) {
		return jdbc
			.sql("select " + LINE_COLUMNS + " from execution_reporting_line where plan_id = ? order by sort_order, id")
			.param(planId)
			.query(ReportingLineRepository::line)
			.list();
	}

	static ReportingLine line(ResultSet rs, int row) throws SQLException {
		return new ReportingLine(rs.getLong("id"), rs.getLong("plan_id"), Frequency.valueOf(rs.getString("frequency")),
				rs.getObject("reporter_unit_id", Long.class), ids(rs.getArray("receiving_unit_ids")),
				rs.getString("external_recipients"), rs.getInt("due_day"), rs.getObject("due_month", Integer.class),
				rs.getBoolean("on_request"), rs.getInt("first_year"), rs.getInt("last_year"));
	}

	static List<Long> ids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	long insert(long organisationId, ReportingLine line, int sortOrder) {
		return jdbc.sql("""
				insert into execution_reporting_line (plan_id, organisation_id, frequency, reporter_unit_id,
				    receiving_unit_ids, external_recipients, due_day, due_month, on_request, first_year, last_year,
				    sort_order)
				values (?, ?, ?, ?, ?::bigint[], ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(line.planId(), organisationId, line.frequency().name(), line.reporterUnitId(),
					array(line.receivingUnitIds()), line.externalRecipients(), line.dueDay(), line.dueMonth(),
					line.onRequest(), line.firstYear(), line.lastYear(), sortOrder)
			.query(Long.class)
			.single();
	}

	void update(ReportingLine line, int sortOrder) {
		jdbc.sql(
				"""
						update execution_reporting_line set frequency = ?, reporter_unit_id = ?, receiving_unit_ids = ?::bigint[],
						    external_recipients = ?, due_day = ?, due_month = ?, on_request = ?, first_year = ?, last_year = ?,
						    sort_order = ?
						where id = ? and plan_id = ?""")
			.params(line.frequency().name(), line.reporterUnitId(), array(line.receivingUnitIds()),
					line.externalRecipients(), line.dueDay(), line.dueMonth(), line.onRequest(), line.firstYear(),
					line.lastYear(), sortOrder, line.id(), line.planId())
			.update();
	}

	void delete(long lineId) {
		jdbc.sql("delete from execution_reporting_line where id = ?").param(lineId).update();
	}

	/**
	 * Whether any period of the line has a unit report (such periods are never deleted).
	 */
	boolean hasReports(long lineId) {
		return jdbc.sql("""
				select exists (select 1 from execution_report r join execution_period p on p.id = r.period_id
				               where p.line_id = ?)""").param(lineId).query(Boolean.class).single();
	}

	/**
	 * Adds the line's missing periods and moves the dates of its open ones; a closed
	 * period keeps its dates.
	 */
	void upsertPeriods(long lineId, List<PeriodDates> periods, boolean illustrative) {
		for (PeriodDates p : periods) {
			jdbc.sql("""
					insert into execution_period (line_id, plan_id, organisation_id, frequency, year, number, starts_on,
					    ends_on, due_on, illustrative)
					select id, plan_id, organisation_id, ?, ?, ?, ?, ?, ?, ? from execution_reporting_line where id = ?
					on conflict (line_id, year, number) do update
					    set frequency = excluded.frequency, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
					        due_on = excluded.due_on
					    where execution_period.status = 'OPEN'""")
				.params(p.frequency().name(), p.year(), p.number(), p.startsOn(), p.endsOn(), p.dueOn(), illustrative,
						lineId)
				.update();
		}
	}

	/**
	 * Deletes the line's periods outside {@code keep} that have no report; returns how
	 * many were deleted.
	 */
	int deletePeriodsOutside(long lineId, Collection<Integer> keep) {
		return jdbc.sql("""
				delete from execution_period p
				where p.line_id = ? and not (p.year * 100 + p.number = any (?::int[]))
				  and not exists (select 1 from execution_report r where r.period_id = p.id)""")
			.params(lineId, "{" + keep.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
			.update();
	}

	private static String array(Collection<Long> ids) {
		return "{" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}";
	}

}
