package vn.ddcihub.execution.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.TaskStatus;

/**
 * Storage of unit reports: the report row, its task entries and figures, its timeline and
 * the leaders' comments on its tasks.
 */
@Repository
class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record PeriodRow(long id, long planId, long organisationId, String frequency, int year, int number, LocalDate dueOn,
			boolean closed) {
	}

	record ReportRow(long id, long periodId, long organisationId, long unitId, ReportStatus status, int version,
			OffsetDateTime submittedAt, String submittedBy, OffsetDateTime reviewedAt, String reviewedBy,
			String reviewComment, boolean illustrative) {
	}

	record EntryRow(long id, long taskId, String role, TaskStatus status, int progress, String results,
			String difficulties, String proposals, String explanation) {
	}

	/** A coordinating unit's entry on a task, in another report of the same period. */
	record ContributionRow(long taskId, long unitId, ReportStatus reportStatus, EntryRow entry) {
	}

	Optional<PeriodRow> period(long periodId) {
		return jdbc.sql("""
				select id, plan_id, organisation_id, frequency, year, number, due_on, status = 'CLOSED'
				from execution_period where id = ?""")
			.param(periodId)
			.query((rs, i) -> new PeriodRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
					rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getBoolean(8)))
			.optional();
	}

	Optional<ReportRow> report(long reportId) {
		return jdbc.sql("select * from execution_report where id = ?")
			.param(reportId)
			.query(ReportRepository::report)
			.optional();
	}

	/** The same, locked until the transaction ends, for a change of status. */
	Optional<ReportRow> reportForUpdate(long reportId) {
		return jdbc.sql("select * from execution_report where id = ? for update")
			.param(reportId)
			.query(ReportRepository::report)
			.optional();
	}

	Optional<Long> reportOf(long periodId, long unitId) {
		return jdbc.sql("select id from execution_report where period_id = ? and unit_id = ?")
			.params(periodId, unitId)
			.query(Long.class)
			.optional();
	}

	/** A new draft; empty when another request created it a moment earlier. */
	Optional<Long> insertReport(PeriodRow period, long unitId) {
		return jdbc.sql("""
				insert into execution_report (period_id, organisation_id, unit_id) values (?, ?, ?)
				on conflict (period_id, unit_id) do nothing returning id""")
			.params(period.id(), period.organisationId(), unitId)
			.query(Long.class)
			.optional();
	}

	void insertEntry(long reportId, long taskId, String role) {
		jdbc.sql("insert into execution_task_entry (report_id, task_id, role) values (?, ?, ?)")
			.params(reportId, taskId, role)
			.update();
	}

	List<EntryRow> entries(long reportId) {
		return jdbc.sql("select * from execution_task_entry where report_id = ? order by id")
			.param(reportId)
			.query((rs, i) -> entry(rs))
			.list();
	}

	/** Figures per entry id, in their order. */
	Map<Long, List<ReportDraft.Figure>> figures(Collection<Long> entryIds) {
		Map<Long, List<ReportDraft.Figure>> byEntry = new LinkedHashMap<>();
		if (entryIds.isEmpty()) {
			return byEntry;
		}
		jdbc.sql("""
				select entry_id, label, value, unit_label from execution_task_figure
				where entry_id = any(?) order by entry_id, sort_order""")
			.param(entryIds.toArray(Long[]::new))
			.query((rs, i) -> {
				byEntry.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ReportDraft.Figure(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
				return null;
			})
			.list();
		return byEntry;
	}

	void updateEntry(long entryId, ReportDraft.EntryDraft draft) {
		jdbc.sql("""
				update execution_task_entry set status = ?, progress = ?, results = ?, difficulties = ?, proposals = ?,
				    explanation = ?, updated_at = now() where id = ?""")
			.params(draft.status().name(), draft.progress() == null ? 0 : draft.progress(), text(draft.results()),
					text(draft.difficulties()), text(draft.proposals()), text(draft.explanation()), entryId)
			.update();
		jdbc.sql("delete from execution_task_figure where entry_id = ?").param(entryId).update();
		int order = 0;
		for (ReportDraft.Figure figure : draft.figures()) {
			jdbc.sql(
					"insert into execution_task_figure (entry_id, sort_order, label, value, unit_label) values (?, ?, ?, ?, ?)")
				.params(entryId, order++, figure.label().strip(), figure.value(), text(figure.unit()))
				.update();
		}
	}

	/** Moves the version on when it is still {@code expected}; false when it is not. */
	boolean advanceVersion(long reportId, int expected) {
		return jdbc
			.sql("update execution_report set version = version + 1, updated_at = now() where id = ? and version = ?")
			.params(reportId, expected)
			.update() == 1;
	}

	void submitted(long reportId, String actor) {
		jdbc.sql("""
				update execution_report set status = 'SUBMITTED', submitted_at = now(), submitted_by = ?,
				    version = version + 1, updated_at = now() where id = ?""").params(actor, reportId).update();
	}

	void reviewed(long reportId, ReportStatus status, String actor, String comment) {
		jdbc.sql("""
				update execution_report set status = ?, reviewed_at = now(), reviewed_by = ?, review_comment = ?,
				    version = version + 1, updated_at = now() where id = ?""")
			.params(status.name(), actor, comment, reportId)
			.update();
	}

	void addEvent(long reportId, String actor, String actorName, String action, String comment) {
		jdbc.sql("""
				insert into execution_report_event (report_id, actor, actor_name, action, comment)
				values (?, ?, ?, ?, ?)""").params(reportId, actor, actorName, action, text(comment)).update();
	}

	List<ReportView.TimelineEntry> timeline(long reportId) {
		return jdbc.sql("""
				select occurred_at, actor, actor_name, action, comment from execution_report_event
				where report_id = ? order by occurred_at, id""")
			.param(reportId)
			.query((rs, i) -> new ReportView.TimelineEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	long addComment(long organisationId, long taskId, long periodId, String author, String authorName, String body) {
		return jdbc.sql("""
				insert into execution_task_comment (organisation_id, task_id, period_id, author, author_name, body)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(organisationId, taskId, periodId, author, authorName, body)
			.query(Long.class)
			.single();
	}

	/** Leaders' comments on the tasks, newest last, per task. */
	Map<Long, List<ReportView.TaskComment>> comments(Collection<Long> taskIds) {
		Map<Long, List<ReportView.TaskComment>> byTask = new LinkedHashMap<>();
		if (taskIds.isEmpty()) {
			return byTask;
		}
		jdbc.sql("""
				select task_id, id, author_name, body, created_at, period_id from execution_task_comment
				where task_id = any(?) order by created_at, id""")
			.param(taskIds.toArray(Long[]::new))
			.query((rs, i) -> {
				byTask.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ReportView.TaskComment(rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, OffsetDateTime.class), (Long) rs.getObject(6)));
				return null;
			})
			.list();
		return byTask;
	}

	/**
	 * The coordinating units' entries on these tasks in the same period, other reports.
	 */
	List<ContributionRow> contributions(long periodId, long reportId, Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.*, r.unit_id as contributor, r.status as report_status
				from execution_task_entry e join execution_report r on r.id = e.report_id
				where r.period_id = ? and r.id <> ? and e.role = 'COORDINATING' and e.task_id = any(?)
				order by e.task_id, r.unit_id""")
			.params(periodId, reportId, taskIds.toArray(Long[]::new))
			.query((rs, i) -> new ContributionRow(rs.getLong("task_id"), rs.getLong("contributor"),
					ReportStatus.valueOf(rs.getString("report_status")), entry(rs)))
			.list();
	}

	private static EntryRow entry(ResultSet rs) throws SQLException {
		return new EntryRow(rs.getLong("id"), rs.getLong("task_id"), rs.getString("role"),
				TaskStatus.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getString("results"),
				rs.getString("difficulties"), rs.getString("proposals"), rs.getString("explanation"));
	}

	private static ReportRow report(ResultSet rs, int row) throws SQLException {
		return new ReportRow(rs.getLong("id"), rs.getLong("period_id"), rs.getLong("organisation_id"),
				rs.getLong("unit_id"), ReportStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
				rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("reviewed_by"),
				rs.getString("review_comment"), rs.getBoolean("illustrative"));
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
