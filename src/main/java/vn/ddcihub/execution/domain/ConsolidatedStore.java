package vn.ddcihub.execution.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consolidated reports' own rows (migration V17): what the Office wrote and the
 * versions issued with their files.
 */
@Repository
class ConsolidatedStore {

	private static final String COLUMNS = """
			id, organisation_id, number_symbol, assessment, next_steps, signer_authority, signer_title, signer_name,
			status, issued_on, issued_at, issued_by""";

	private final JdbcClient jdbc;

	ConsolidatedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored consolidated report: its summary and, once issued, when and by whom. */
	record Stored(long id, long organisationId, ConsolidatedSummary summary, boolean issued, LocalDate issuedOn,
			OffsetDateTime issuedAt, String issuedBy) {
	}

	Optional<Stored> find(ConsolidatedReports.Key key, boolean forUpdate) {
		String where = key.periodId() != null ? "kind = 'MONTHLY' and period_id = :period"
				: "kind = :kind and plan_id = :plan and year = :year";
		return jdbc
			.sql("select " + COLUMNS + " from execution_consolidated_report where " + where
					+ (forUpdate ? " for update" : ""))
			.param("period", key.periodId())
			.param("kind", key.kind().name())
			.param("plan", key.planId())
			.param("year", key.year())
			.query(ConsolidatedStore::stored)
			.optional();
	}

	Optional<Boolean> issued(ConsolidatedReports.Key key) {
		return find(key, false).map(Stored::issued);
	}

	long insert(ConsolidatedReports.Key key, long organisationId, ConsolidatedSummary summary) {
		return jdbc
			.sql("""
					insert into execution_consolidated_report (organisation_id, plan_id, kind, period_id, year, number_symbol,
					    assessment, next_steps, signer_authority, signer_title, signer_name)
					values (:org, :plan, :kind, :period, :year, :number, :assessment, :next, :authority, :title, :name)
					returning id""")
			.param("org", organisationId)
			.param("plan", key.planId())
			.param("kind", key.kind().name())
			.param("period", key.periodId())
			.param("year", key.year())
			.params(summaryParams(summary))
			.query(Long.class)
			.single();
	}

	void update(long id, ConsolidatedSummary summary) {
		jdbc.sql("""
				update execution_consolidated_report set number_symbol = :number, assessment = :assessment,
				    next_steps = :next, signer_authority = :authority, signer_title = :title, signer_name = :name,
				    updated_at = now()
				where id = :id""").param("id", id).params(summaryParams(summary)).update();
	}

	/** Marks the report issued and keeps the version; the next version number. */
	int issue(long id, LocalDate issuedOn, String actor, String snapshotJson, byte[] docx, byte[] pdf) {
		jdbc.sql("""
				update execution_consolidated_report set status = 'ISSUED', issued_on = ?, issued_at = now(),
				    issued_by = ?, updated_at = now()
				where id = ?""").params(issuedOn, actor, id).update();
		return jdbc
			.sql("""
					insert into execution_consolidated_version (report_id, version, issued_on, issued_by, snapshot, docx, pdf)
					select ?, coalesce(max(version), 0) + 1, ?, ?, cast(? as jsonb), ?, ?
					from execution_consolidated_version where report_id = ?
					returning version""")
			.params(id, issuedOn, actor, snapshotJson, docx, pdf, id)
			.query(Integer.class)
			.single();
	}

	List<ConsolidatedView.IssuedVersion> versions(long id) {
		return jdbc.sql("""
				select version, issued_on, issued_at, issued_by from execution_consolidated_version
				where report_id = ? order by version""")
			.param(id)
			.query((rs, i) -> new ConsolidatedView.IssuedVersion(rs.getInt(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
			.list();
	}

	/** The newest issued version's snapshot (JSON) and files. */
	Optional<IssuedFiles> latestIssued(long id) {
		return jdbc.sql("""
				select version, snapshot::text, docx, pdf from execution_consolidated_version
				where report_id = ? order by version desc limit 1""")
			.param(id)
			.query((rs, i) -> new IssuedFiles(rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)))
			.optional();
	}

	record IssuedFiles(int version, String snapshotJson, byte[] docx, byte[] pdf) {
	}

	private static java.util.Map<String, Object> summaryParams(ConsolidatedSummary summary) {
		return java.util.Map.of("number", summary.numberSymbol(), "assessment", summary.assessment(), "next",
				summary.nextSteps(), "authority", summary.signerAuthority(), "title", summary.signerTitle(), "name",
				summary.signerName());
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getLong("organisation_id"),
				new ConsolidatedSummary(rs.getString("number_symbol"), rs.getString("assessment"),
						rs.getString("next_steps"), rs.getString("signer_authority"), rs.getString("signer_title"),
						rs.getString("signer_name")),
				"ISSUED".equals(rs.getString("status")), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("issued_at", OffsetDateTime.class), rs.getString("issued_by"));
	}

}
