package vn.ddcihub.execution;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for execution tests that do not go through the pages: a reporting line with its
 * periods, and unit reports in a given status, on the demo seed plan (60/KH-STNMT). Each
 * test picks its own year so tests sharing the database do not meet.
 */
public final class ExecutionFixtures {

	private final JdbcClient jdbc;

	public ExecutionFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long seedPlanId() {
		return jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT'").query(Long.class).single();
	}

	public long organisationId(String code) {
		return jdbc.sql("select id from org_organisation where code = ?").param(code).query(Long.class).single();
	}

	public long unitId(String organisationCode, String unitCode) {
		return jdbc.sql("""
				select u.id from org_unit u join org_organisation o on o.id = u.organisation_id
				where o.code = ? and u.code = ?""").params(organisationCode, unitCode).query(Long.class).single();
	}

	/** A monthly line of the plan: units report to the Office (VP) on {@code dueDay}. */
	public long monthlyLine(long planId, int year, int dueDay) {
		long organisationId = jdbc.sql("select organisation_id from plan_plan where id = ?")
			.param(planId)
			.query(Long.class)
			.single();
		long office = unitId(organisationCode(organisationId), "VP");
		return jdbc.sql("""
				insert into execution_reporting_line (plan_id, organisation_id, frequency, receiving_unit_ids,
				    due_day, first_year, last_year)
				values (?, ?, 'MONTHLY', array[?]::bigint[], ?, ?, ?) returning id""")
			.params(planId, organisationId, office, dueDay, year, year)
			.query(Long.class)
			.single();
	}

	/**
	 * The monthly period of a line for {@code year}/{@code month}, due on the line's day.
	 */
	public long monthlyPeriod(long lineId, int year, int month, int dueDay) {
		LocalDate start = LocalDate.of(year, month, 1);
		LocalDate due = start.withDayOfMonth(Math.min(dueDay, start.lengthOfMonth()));
		return jdbc.sql("""
				insert into execution_period (line_id, plan_id, organisation_id, frequency, year, number, starts_on,
				    ends_on, due_on)
				select id, plan_id, organisation_id, 'MONTHLY', ?, ?, ?, ?, ? from execution_reporting_line where id = ?
				returning id""")
			.params(year, month, start, start.withDayOfMonth(start.lengthOfMonth()), due, lineId)
			.query(Long.class)
			.single();
	}

	/** A unit's report in a period, in the given status, with no entries. */
	public long report(long periodId, long unitId, ReportStatus status) {
		return jdbc.sql("""
				insert into execution_report (period_id, organisation_id, unit_id, status)
				select id, organisation_id, ?, ? from execution_period where id = ? returning id""")
			.params(unitId, status.name(), periodId)
			.query(Long.class)
			.single();
	}

	/** The unit's entry for a task in a report. */
	public long entry(long reportId, long taskId, String role, TaskStatus status, int progress, String results) {
		return jdbc.sql("""
				insert into execution_task_entry (report_id, task_id, role, status, progress, results)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(reportId, taskId, role, status.name(), progress, results)
			.query(Long.class)
			.single();
	}

	private String organisationCode(long organisationId) {
		return jdbc.sql("select code from org_organisation where id = ?")
			.param(organisationId)
			.query(String.class)
			.single();
	}

}
