package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.TaskStatus;

/**
 * What the dashboards read about reporting: each period with its line's reporters and the
 * units that reported on time, the report behind each task's latest state, and the lead
 * entries of two periods. One statement each, however many plans.
 */
@Repository
class ReportingRecords {

	/** Reports are on time when submitted on or before the due date, in Vietnam. */
	private static final String SUBMITTED_ON_TIME = "r.status <> 'DRAFT' and r.submitted_at is not null"
			+ " and (r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= p.due_on";

	private final JdbcClient jdbc;

	ReportingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A period with its line's reporting unit (null: every unit with tasks) and receiving
	 * units, the units that submitted on time, and the accepted reports by unit.
	 */
	record PeriodRecord(long id, long planId, Frequency frequency, int year, int number, LocalDate startsOn,
			LocalDate dueOn, Long reporterUnitId, Set<Long> receivingUnitIds, Set<Long> onTimeUnits,
			Map<Long, Long> acceptedReports) {
	}

	/** Every period of the plans, earliest due first. */
	List<PeriodRecord> periods(Collection<Long> planIds) {
		return jdbc.sql("""
				select p.id, p.plan_id, p.frequency, p.year, p.number, p.starts_on, p.due_on, l.reporter_unit_id,
				       l.receiving_unit_ids,
				       coalesce(array_agg(r.unit_id) filter (where %s), '{}') as on_time,
				       coalesce(array_agg(r.unit_id) filter (where r.status = 'ACCEPTED'), '{}') as accepted_units,
				       coalesce(array_agg(r.id) filter (where r.status = 'ACCEPTED'), '{}') as accepted_reports
				from execution_period p
				join execution_reporting_line l on l.id = p.line_id
				left join execution_report r on r.period_id = p.id
				where p.plan_id = any(?)
				group by p.id, l.id
				order by p.due_on, p.id""".formatted(SUBMITTED_ON_TIME))
			.param(planIds.toArray(Long[]::new))
			.query((rs, i) -> {
				Long[] acceptedUnits = longs(rs.getArray(11));
				Long[] acceptedReports = longs(rs.getArray(12));
				Map<Long, Long> accepted = new HashMap<>();
				for (int k = 0; k < acceptedUnits.length; k++) {
					accepted.put(acceptedUnits[k], acceptedReports[k]);
				}
				return new PeriodRecord(rs.getLong(1), rs.getLong(2), Frequency.valueOf(rs.getString(3)), rs.getInt(4),
						rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
						(Long) rs.getObject(8), Set.copyOf(Arrays.asList(longs(rs.getArray(9)))),
						Set.copyOf(Arrays.asList(longs(rs.getArray(10)))), accepted);
			})
			.list();
	}

	/** Per task of the plan, the report its latest state comes from. */
	Map<Long, Long> latestReports(long planId) {
		Map<Long, Long> reports = new HashMap<>();
		jdbc.sql("select task_id, report_id from execution_task_latest where plan_id = ?")
			.param(planId)
			.query((rs, i) -> reports.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return reports;
	}

	record PeriodEntry(long periodId, long taskId, TaskStatus status, long reportId) {
	}

	/** The lead entries of submitted or accepted reports in the given periods. */
	List<PeriodEntry> leadEntries(Collection<Long> periodIds) {
		if (periodIds.isEmpty()) {
			return List.of();
		}
		return new ArrayList<>(jdbc.sql("""
				select r.period_id, e.task_id, e.status, r.id
				from execution_task_entry e join execution_report r on r.id = e.report_id
				where r.period_id = any(?) and e.role = 'LEAD' and r.status in ('SUBMITTED', 'ACCEPTED')
				order by r.period_id, e.task_id, r.updated_at""")
			.param(periodIds.toArray(Long[]::new))
			.query((rs, i) -> new PeriodEntry(rs.getLong(1), rs.getLong(2), TaskStatus.valueOf(rs.getString(3)),
					rs.getLong(4)))
			.list());
	}

	private static Long[] longs(java.sql.Array array) throws java.sql.SQLException {
		Object values = array.getArray();
		return values instanceof Long[] longs ? longs
				: Arrays.stream((Object[]) values).map(v -> ((Number) v).longValue()).toArray(Long[]::new);
	}

}
