package vn.ddcihub.execution.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.Frequency;
import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.PeriodDetail.UnitReport;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;

/**
 * Reporting periods: the list of a plan with its reports by status, one period with every
 * unit expected to report, and closing (locking) and reopening with a reason, audited. A
 * fixed number of statements per read, whatever the number of periods and reports.
 */
@Service
public class Periods {

	private static final String PERIOD_COLUMNS = """
			p.id, p.plan_id, p.line_id, p.frequency, p.year, p.number, p.starts_on, p.ends_on, p.due_on, p.status,
			p.closed_at, p.closed_by, p.reopen_reason, p.illustrative,
			l.reporter_unit_id, l.receiving_unit_ids, l.external_recipients, l.on_request""";

	private final JdbcClient jdbc;

	private final PlanApi plans;

	private final OrgDirectory directory;

	private final InputRules rules;

	private final AuditTrail audit;

	Periods(JdbcClient jdbc, PlanApi plans, OrgDirectory directory, InputRules rules, AuditTrail audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.directory = directory;
		this.rules = rules;
		this.audit = audit;
	}

	/** A period row with its line, before counting reports. */
	private record Row(long id, long planId, long lineId, Frequency frequency, int year, int number,
			java.time.LocalDate startsOn, java.time.LocalDate endsOn, java.time.LocalDate dueOn, boolean open,
			OffsetDateTime closedAt, String closedBy, String reopenReason, boolean illustrative, Long reporterUnitId,
			List<Long> receivingUnitIds, String externalRecipients, boolean onRequest) {
	}

	private record ReportRow(long id, long periodId, long unitId, ReportStatus status, OffsetDateTime submittedAt,
			boolean illustrative) {
	}

	/** The plan's periods by due date (then monthly before quarterly before yearly). */
	@Transactional(readOnly = true)
	public List<PeriodSummary> ofPlan(long planId) {
		PlanOutline outline = outline(planId);
		List<Row> rows = jdbc.sql("select " + PERIOD_COLUMNS + """
				 from execution_period p join execution_reporting_line l on l.id = p.line_id
				where p.plan_id = ? order by p.due_on, p.frequency, l.sort_order""")
			.param(planId)
			.query(Periods::row)
			.list();
		Map<Long, List<ReportRow>> reports = reports("p.plan_id = ?", planId).stream()
			.collect(Collectors.groupingBy(ReportRow::periodId));
		Function<Long, String> names = unitNames(outline.plan().organisationId());
		return rows.stream()
			.map(row -> summary(row, outline, reports.getOrDefault(row.id(), List.of()), names))
			.toList();
	}

	/** A period with every unit expected to report and its report. */
	@Transactional(readOnly = true)
	public PeriodDetail detail(long periodId) {
		Row row = jdbc
			.sql("select " + PERIOD_COLUMNS
					+ " from execution_period p join execution_reporting_line l on l.id = p.line_id where p.id = ?")
			.param(periodId)
			.query(Periods::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
		PlanOutline outline = outline(row.planId());
		List<ReportRow> reports = reports("p.id = ?", periodId);
		Function<Long, String> names = unitNames(outline.plan().organisationId());
		Map<Long, ReportRow> byUnit = reports.stream().collect(Collectors.toMap(ReportRow::unitId, r -> r));
		List<Long> expected = ExpectedReporters.of(outline, row.reporterUnitId(), row.receivingUnitIds());
		// Units expected first, in the plan's order; then any other unit that has
		// reported.
		List<UnitReport> units = Stream
			.concat(expected.stream(), reports.stream().map(ReportRow::unitId).filter(u -> !expected.contains(u)))
			.map(unit -> {
				ReportRow report = byUnit.get(unit);
				return report == null ? new UnitReport(unit, names.apply(unit), null, null, null, false)
						: new UnitReport(unit, names.apply(unit), report.id(), report.status(), report.submittedAt(),
								report.illustrative());
			})
			.toList();
		return new PeriodDetail(summary(row, outline, reports, names), outline.plan().numberSymbol(),
				outline.plan().title(), units);
	}

	/** Whether unit reports of the period may still change (the report service asks). */
	@Transactional(readOnly = true)
	public boolean isOpen(long periodId) {
		return jdbc.sql("select status = 'OPEN' from execution_period where id = ?")
			.param(periodId)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
	}

	/** Locks the period: its reports no longer change until it is reopened. */
	@Transactional
	public void close(long periodId) {
		PeriodState before = state(periodId);
		if (!before.status().equals("OPEN")) {
			throw new BadInputException("execution.period.alreadyClosed");
		}
		jdbc.sql("update execution_period set status = 'CLOSED', closed_at = now(), closed_by = ? where id = ?")
			.params(CurrentUsers.actorName(), periodId)
			.update();
		audit.record(ExecutionAuditKind.PERIOD, periodId, Action.UPDATE, before, state(periodId),
				organisationOf(periodId));
	}

	/** Opens a closed period again; the reason is required, kept and shown. */
	@Transactional
	public void reopen(long periodId, ReopenInput input) {
		rules.check(input);
		PeriodState before = state(periodId);
		if (before.status().equals("OPEN")) {
			throw new BadInputException("execution.period.alreadyOpen");
		}
		jdbc.sql("""
				update execution_period set status = 'OPEN', closed_at = null, closed_by = null, reopen_reason = ?
				where id = ?""").params(input.reason().strip(), periodId).update();
		audit.record(ExecutionAuditKind.PERIOD, periodId, Action.UPDATE, before, state(periodId),
				organisationOf(periodId));
	}

	/** What the audit trail keeps of a period. */
	record PeriodState(String status, OffsetDateTime closedAt, String closedBy, String reopenReason) {
	}

	private PeriodState state(long periodId) {
		return jdbc
			.sql("select status, closed_at, closed_by, reopen_reason from execution_period where id = ? for update")
			.param(periodId)
			.query((rs, i) -> new PeriodState(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", periodId));
	}

	private long organisationOf(long periodId) {
		return jdbc.sql("select organisation_id from execution_period where id = ?")
			.param(periodId)
			.query(Long.class)
			.single();
	}

	private PeriodSummary summary(Row row, PlanOutline outline, List<ReportRow> reports, Function<Long, String> names) {
		List<Long> expected = ExpectedReporters.of(outline, row.reporterUnitId(), row.receivingUnitIds());
		Map<ReportStatus, Long> byStatus = reports.stream()
			.collect(Collectors.groupingBy(ReportRow::status, Collectors.counting()));
		List<Long> started = reports.stream().map(ReportRow::unitId).toList();
		int missing = (int) expected.stream().filter(unit -> !started.contains(unit)).count();
		ReportCounts counts = new ReportCounts(expected.size(), count(byStatus, ReportStatus.DRAFT),
				count(byStatus, ReportStatus.SUBMITTED), count(byStatus, ReportStatus.RETURNED),
				count(byStatus, ReportStatus.ACCEPTED), missing);
		String recipients = Stream
			.concat(row.receivingUnitIds().stream().map(names),
					row.externalRecipients().isBlank() ? Stream.empty() : Stream.of(row.externalRecipients()))
			.collect(Collectors.joining("; "));
		return new PeriodSummary(row.id(), row.planId(), row.lineId(), row.frequency(), row.year(), row.number(),
				row.startsOn(), row.endsOn(), row.dueOn(), row.open(), row.closedAt(), row.closedBy(),
				row.reopenReason(), row.illustrative(),
				row.reporterUnitId() == null ? "" : names.apply(row.reporterUnitId()), recipients, row.onRequest(),
				counts);
	}

	private static int count(Map<ReportStatus, Long> byStatus, ReportStatus status) {
		return byStatus.getOrDefault(status, 0L).intValue();
	}

	private List<ReportRow> reports(String where, long id) {
		return jdbc.sql("""
				select r.id, r.period_id, r.unit_id, r.status, r.submitted_at, r.illustrative
				from execution_report r join execution_period p on p.id = r.period_id
				where\s""" + where)
			.param(id)
			.query((rs, i) -> new ReportRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					ReportStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6)))
			.list();
	}

	private Function<Long, String> unitNames(long organisationId) {
		Map<Long, String> names = new HashMap<>();
		directory.units(organisationId).forEach(unit -> names.put(unit.id(), unit.name()));
		return id -> Objects.requireNonNullElse(names.get(id), "#" + id);
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("line_id"),
				Frequency.valueOf(rs.getString("frequency")), rs.getInt("year"), rs.getInt("number"),
				rs.getObject("starts_on", java.time.LocalDate.class),
				rs.getObject("ends_on", java.time.LocalDate.class), rs.getObject("due_on", java.time.LocalDate.class),
				rs.getString("status").equals("OPEN"), rs.getObject("closed_at", OffsetDateTime.class),
				rs.getString("closed_by"), rs.getString("reopen_reason"), rs.getBoolean("illustrative"),
				rs.getObject("reporter_unit_id", Long.class),
				ReportingLineRepository.ids(rs.getArray("receiving_unit_ids")), rs.getString("external_recipients"),
				rs.getBoolean("on_request"));
	}

	private PlanOutline outline(long planId) {
		return plans.outline(planId).orElseThrow(() -> new NotFoundException("plan.notFound", planId));
	}

}
