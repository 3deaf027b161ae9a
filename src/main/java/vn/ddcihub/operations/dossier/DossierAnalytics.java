package vn.ddcihub.operations.dossier;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.shared.VietnamTime;

/**
 * On-time analytics of an organisation's dossiers: handled ones from the monthly rollup
 * ({@link DossierRollup}), open ones live (whether they are overdue depends on today, and
 * few are open at any time). Early = returned before the appointment date, on time = on
 * that date, late = after it or still open past it.
 */
@Service
public class DossierAnalytics {

	/** Late dossiers listed at most. */
	public static final int LATE_LISTED = 50;

	private final JdbcClient jdbc;

	DossierAnalytics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everything the analytics page shows for one filter. */
	public record Report(AnalyticsFilter filter, Dimension by, List<AnalyticsRow> rows, AnalyticsRow total,
			List<AnalyticsRow> trend, long[] histogram, List<LateDossier> late, long lateCount, boolean illustrative) {
	}

	@Transactional(readOnly = true)
	public Report report(long organisationId, AnalyticsFilter filter, Dimension by) {
		List<AnalyticsRow> rows = rows(organisationId, filter, by);
		AnalyticsRow total = rows.stream().reduce(AnalyticsRow.empty("", ""), AnalyticsRow::plus).named("", "");
		List<AnalyticsRow> trend = by == Dimension.MONTH ? rows : rows(organisationId, filter, Dimension.MONTH);
		long lateCount = lateCount(organisationId, filter);
		return new Report(filter, by, rows, total, trend, histogram(organisationId, filter),
				lateList(organisationId, filter), lateCount, illustrative(organisationId));
	}

	/** The rows of one dimension: handled dossiers from the rollup, open ones live. */
	@Transactional(readOnly = true)
	public List<AnalyticsRow> rows(long organisationId, AnalyticsFilter filter, Dimension by) {
		Map<String, AnalyticsRow> rows = new LinkedHashMap<>();
		Conditions handled = conditions(organisationId, filter, "month >= :from and month <= :lastMonth");
		jdbc.sql("select " + by.rollupColumn() + """
				 as key, sum(early), sum(on_time), sum(late), sum(apology_slips),
				    sum(early + on_time + late) filter (where channel = 'ONLINE'), sum(days_total)
				from ops_dossier_month where""" + handled.where + " group by 1 order by 1")
			.params(handled.params)
			.query((rs, i) -> rows.put(rs.getString(1),
					new AnalyticsRow(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), 0,
							0, rs.getLong(5), rs.getLong(6), rs.getLong(7))))
			.list();
		Conditions open = conditions(organisationId, filter, "received_at >= :from and received_at < :dayAfter");
		jdbc.sql("select " + by.dossierColumn() + """
				 as key, count(*) filter (where due_at::date < :today),
				    count(*) filter (where due_at::date >= :today), count(*) filter (where channel = 'ONLINE')
				from ops_dossier where returned_at is null and""" + open.where + " group by 1")
			.params(open.params)
			.param("today", VietnamTime.today())
			.query((rs, i) -> rows.merge(rs.getString(1),
					new AnalyticsRow(rs.getString(1), rs.getString(1), 0, 0, 0, rs.getLong(2), rs.getLong(3), 0,
							rs.getLong(4), 0),
					AnalyticsRow::plus))
			.list();
		List<AnalyticsRow> sorted = new ArrayList<>(rows.values());
		sorted.sort(java.util.Comparator.comparing(AnalyticsRow::key));
		return sorted;
	}

	/**
	 * Handled dossiers by elapsed time as a share of the time allowed (receipt →
	 * appointment): ≤ 25 %, ≤ 50 %, ≤ 75 %, ≤ 100 %, ≤ 125 %, ≤ 150 %, more.
	 */
	long[] histogram(long organisationId, AnalyticsFilter filter) {
		Conditions handled = conditions(organisationId, filter, "month >= :from and month <= :lastMonth");
		long[] bins = new long[DossierRollup.SHARE_BOUNDS.length + 1];
		jdbc.sql("""
				select i, sum(share_bins[i]) from ops_dossier_month, generate_series(1, 7) i where""" + handled.where
				+ " group by i")
			.params(handled.params)
			.query((rs, n) -> bins[rs.getInt(1) - 1] = rs.getLong(2))
			.list();
		return bins;
	}

	/** The latest late dossiers: returned late in the period, or open past their date. */
	List<LateDossier> lateList(long organisationId, AnalyticsFilter filter) {
		Conditions late = conditions(organisationId, filter, "true");
		return jdbc
			.sql("""
					select code, procedure_code, procedure_name, unit_name, channel, received_at, due_at, returned_at,
					    coalesce(returned_at::date, cast(:today as date)) - due_at::date as days_late, apology_slip
					from ops_dossier
					where (returned_at::date > due_at::date and returned_at >= :from and returned_at < :dayAfter
					       or returned_at is null and due_at::date < :today and received_at >= :from
					          and received_at < :dayAfter) and""" + late.where + " order by days_late desc, code limit "
					+ LATE_LISTED)
			.params(late.params)
			.param("today", VietnamTime.today())
			.query((rs, i) -> new LateDossier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Channel.valueOf(rs.getString(5)), rs.getObject(6, LocalDateTime.class),
					rs.getObject(7, LocalDateTime.class), rs.getObject(8, LocalDateTime.class), rs.getInt(9),
					(Boolean) rs.getObject(10)))
			.list();
	}

	private long lateCount(long organisationId, AnalyticsFilter filter) {
		return rows(organisationId, filter, Dimension.CHANNEL).stream()
			.mapToLong(row -> row.late() + row.openOverdue())
			.sum();
	}

	/** Units and fields the organisation's dossiers name, for the filters. */
	@Transactional(readOnly = true)
	public List<String> distinct(long organisationId, Dimension by) {
		return jdbc
			.sql("select distinct " + by.rollupColumn()
					+ " from ops_dossier_month where organisation_id = ? order by 1")
			.param(organisationId)
			.query(String.class)
			.list();
	}

	/** The years with handled dossiers, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years(long organisationId) {
		return jdbc.sql("""
				select distinct extract(year from month)::int from ops_dossier_month where organisation_id = ?
				order by 1 desc""").param(organisationId).query(Integer.class).list();
	}

	/** Whether the organisation's dossiers are the illustrative demo ones. */
	boolean illustrative(long organisationId) {
		return jdbc.sql("select exists (select 1 from ops_dossier where organisation_id = ? and illustrative)")
			.param(organisationId)
			.query(Boolean.class)
			.single();
	}

	private record Conditions(String where, Map<String, Object> params) {
	}

	private static Conditions conditions(long organisationId, AnalyticsFilter filter, String period) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" organisation_id = :org and ").append(period);
		params.put("org", organisationId);
		params.put("from", filter.firstDay());
		params.put("lastMonth", filter.lastMonth());
		params.put("dayAfter", filter.dayAfter());
		if (filter.unit() != null) {
			where.append(" and unit_name = :unit");
			params.put("unit", filter.unit());
		}
		if (filter.field() != null) {
			where.append(" and coalesce(field, '') = :field");
			params.put("field", filter.field());
		}
		if (filter.channel() != null) {
			where.append(" and channel = :channel");
			params.put("channel", filter.channel().name());
		}
		return new Conditions(where.toString(), params);
	}

	/**
	 * The month to open the page on: the end of the busier of the two latest years with
	 * handled dossiers (a year's few late returns in January do not make it the default),
	 * or this month when there are none.
	 */
	@Transactional(readOnly = true)
	public YearMonth latestMonth(long organisationId) {
		List<Integer> busiest = jdbc.sql("""
				select year from (select extract(year from month)::int as year, sum(early + on_time + late) as handled
				    from ops_dossier_month where organisation_id = ? group by 1 order by 1 desc limit 2) latest
				order by handled desc, year desc limit 1""").param(organisationId).query(Integer.class).list();
		return busiest.isEmpty() ? YearMonth.from(VietnamTime.today()) : YearMonth.of(busiest.get(0), 12);
	}

}
