package vn.ddcihub.operations.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.shared.InputProblem;

/** The rows of {@code ops_dossier_import} and the remembered mapping per organisation. */
@Repository
class DossierImportRepository {

	private static final String COLUMNS = """
			id, organisation_id, file_name, file_bytes, mapping, status, rows_read, bytes_read, inserted, updated,
			unchanged, problems, problem_count, unknown_units, failure, cancel_requested, created_by, created_by_id,
			created_at, started_at, finished_at""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DossierImportRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(long organisationId, String fileName, String user, long userId) {
		return jdbc.sql("""
				insert into ops_dossier_import (organisation_id, file_name, file_bytes, created_by, created_by_id)
				values (?, ?, 0, ?, ?) returning id""")
			.params(organisationId, fileName, user, userId)
			.query(Long.class)
			.single();
	}

	void uploaded(long id, long bytes, ColumnMapping mapping) {
		jdbc.sql("update ops_dossier_import set file_bytes = ?, mapping = cast(? as jsonb) where id = ?")
			.params(bytes, json.writeValueAsString(mapping.toMap()), id)
			.update();
	}

	Optional<DossierImport> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ops_dossier_import where id = ?")
			.param(id)
			.query(this::row)
			.optional();
	}

	List<DossierImport> recent(long organisationId, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from ops_dossier_import where organisation_id = ? order by created_at desc, id desc limit ?")
			.params(organisationId, limit)
			.query(this::row)
			.list();
	}

	/** Queues an uploaded import with its mapping; false when it was not UPLOADED. */
	boolean queue(long id, ColumnMapping mapping) {
		return jdbc.sql("""
				update ops_dossier_import set status = 'QUEUED', mapping = cast(? as jsonb)
				where id = ? and status = 'UPLOADED'""")
			.params(json.writeValueAsString(mapping.toMap()), id)
			.update() == 1;
	}

	/** Starts (or restarts, after a node died) the job; false when it is not to run. */
	boolean start(long id) {
		return jdbc.sql("""
				update ops_dossier_import set status = 'RUNNING', started_at = now(), rows_read = 0, bytes_read = 0
				where id = ? and status in ('QUEUED', 'RUNNING') and not cancel_requested""").param(id).update() == 1;
	}

	/** Writes progress; returns whether the job may go on (no cancel asked). */
	boolean progress(long id, long rows, long bytes) {
		return jdbc
			.sql("update ops_dossier_import set rows_read = ?, bytes_read = ? where id = ? returning cancel_requested")
			.params(rows, bytes, id)
			.query(Boolean.class)
			.optional()
			.map(cancel -> !cancel)
			.orElse(false);
	}

	void done(long id, DossierLoad.Result result) {
		jdbc.sql("""
				update ops_dossier_import set status = 'DONE', rows_read = ?, bytes_read = file_bytes, inserted = ?,
				    updated = ?, unchanged = ?, unknown_units = cast(? as jsonb), finished_at = now() where id = ?""")
			.params(result.rows(), result.inserted(), result.updated(), result.unchanged(),
					json.writeValueAsString(List.copyOf(result.unknownUnits())), id)
			.update();
	}

	void rejected(long id, List<InputProblem> problems, long count) {
		jdbc.sql("""
				update ops_dossier_import set status = 'REJECTED', problems = cast(? as jsonb), problem_count = ?,
				    finished_at = now() where id = ?""").params(json.writeValueAsString(problems), count, id).update();
	}

	void ended(long id, ImportStatus status, String failure) {
		jdbc.sql("update ops_dossier_import set status = ?, failure = ?, finished_at = now() where id = ?")
			.params(status.name(), failure, id)
			.update();
	}

	/** Asks a queued or running import to stop; false when it has finished. */
	boolean requestCancel(long id) {
		return jdbc.sql("""
				update ops_dossier_import set cancel_requested = true
				where id = ? and status in ('QUEUED', 'RUNNING')""").param(id).update() == 1;
	}

	Optional<ColumnMapping> remembered(long organisationId) {
		return jdbc.sql("select mapping from ops_dossier_mapping where organisation_id = ?")
			.param(organisationId)
			.query(String.class)
			.optional()
			.map(text -> ColumnMapping.fromMap(json.readValue(text, new TypeReference<Map<String, String>>() {
			})));
	}

	void remember(long organisationId, ColumnMapping mapping, String user) {
		jdbc.sql("""
				insert into ops_dossier_mapping (organisation_id, mapping, updated_by) values (?, cast(? as jsonb), ?)
				on conflict (organisation_id) do update set mapping = excluded.mapping,
				    updated_by = excluded.updated_by, updated_at = now()""")
			.params(organisationId, json.writeValueAsString(mapping.toMap()), user)
			.update();
	}

	/** Uploads abandoned for a day are removed with their file. */
	void removeAbandoned() {
		jdbc.sql("delete from ops_dossier_import where status = 'UPLOADED' and created_at < now() - interval '1 day'")
			.update();
	}

	private DossierImport row(ResultSet rs, int n) throws SQLException {
		String mapping = rs.getString("mapping");
		String problems = rs.getString("problems");
		String unknown = rs.getString("unknown_units");
		return new DossierImport(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("file_name"),
				rs.getLong("file_bytes"), mapping == null ? new ColumnMapping(Map.of())
						: ColumnMapping.fromMap(json.readValue(mapping, new TypeReference<Map<String, String>>() {
						})),
				ImportStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"), rs.getLong("bytes_read"),
				rs.getObject("inserted", Long.class), rs.getObject("updated", Long.class),
				rs.getObject("unchanged", Long.class),
				problems == null ? List.of() : json.readValue(problems, new TypeReference<List<InputProblem>>() {
				}), rs.getObject("problem_count", Long.class),
				unknown == null ? List.of() : json.readValue(unknown, new TypeReference<List<String>>() {
				}), rs.getString("failure"), rs.getBoolean("cancel_requested"), rs.getString("created_by"),
				rs.getLong("created_by_id"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
	}

}
