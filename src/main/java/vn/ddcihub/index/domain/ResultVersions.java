package vn.ddcihub.index.domain;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Versions of an edition's results ({@code index_edition.results_*} for the current one,
 * {@code index_result_version} for the earlier ones), and writing the results survey
 * scores publish.
 */
@Repository
class ResultVersions {

	private final JdbcClient jdbc;

	ResultVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number of the current results: as stored, 1 for results that were imported, 0
	 * when the edition has none.
	 */
	int currentNumber(long editionId) {
		return jdbc.sql("""
				select case when exists (select 1 from index_result r where r.edition_id = e.id)
				            then coalesce(e.results_version, 1) else 0 end
				from index_edition e where e.id = :id""").param("id", editionId).query(Integer.class).single();
	}

	/**
	 * Keeps the current results as version {@code number}: every result row as it is,
	 * with the source, reason, who and when of the current results.
	 */
	void keepCurrent(long editionId, int number, String replacedBy) {
		jdbc.sql(
				"""
						insert into index_result_version (edition_id, version, source, reason, published_by, published_at,
						                                  replaced_by, results)
						select e.id, :number, e.results_source, e.results_reason, e.results_published_by, e.results_published_at,
						       :replacedBy, coalesce((select json_agg(r order by r.unit_code) from index_result r
						                              where r.edition_id = e.id), '[]'::json)
						from index_edition e where e.id = :id""")
			.param("id", editionId)
			.param("number", number)
			.param("replacedBy", replacedBy)
			.update();
	}

	/** Marks the edition's results as version {@code number}, published now. */
	void setCurrent(long editionId, int number, String source, String reason, String publishedBy,
			boolean illustrative) {
		jdbc.sql(
				"""
						update index_edition set results_version = :number, results_source = :source, results_reason = :reason,
						       results_published_by = :by, results_published_at = now(), illustrative = illustrative or :illustrative,
						       updated_at = now()
						where id = :id""")
			.param("id", editionId)
			.param("number", number)
			.param("source", source, Types.VARCHAR)
			.param("reason", reason, Types.VARCHAR)
			.param("by", publishedBy)
			.param("illustrative", illustrative)
			.update();
	}

	/** Replaces every result of the edition by the scored ones. */
	void replaceResults(long editionId, List<ScoredResult> results) {
		jdbc.sql("delete from index_result where edition_id = :id").param("id", editionId).update();
		for (ScoredResult result : results) {
			jdbc.sql(
					"""
							insert into index_result (edition_id, unit_code, published_total, published_rank, component_codes,
							                          scores, ranked, respondents, score_lows, score_highs, total_low, total_high,
							                          rank_low, rank_high)
							values (:edition, :unit, :total, :rank, :codes::varchar(32)[], :scores::numeric(6,2)[], :ranked,
							        :respondents, :lows::numeric(6,2)[], :highs::numeric(6,2)[], :totalLow, :totalHigh,
							        :rankLow, :rankHigh)""")
				.param("edition", editionId)
				.param("unit", result.unitCode())
				.param("total", result.total(), Types.DOUBLE)
				.param("rank", result.rank(), Types.INTEGER)
				.param("codes", result.codes().toArray(String[]::new))
				.param("scores", result.scores().toArray(Double[]::new))
				.param("ranked", result.ranked())
				.param("respondents", result.respondents())
				.param("lows", result.lows() == null ? null : result.lows().toArray(Double[]::new))
				.param("highs", result.highs() == null ? null : result.highs().toArray(Double[]::new))
				.param("totalLow", low(result.totalInterval()), Types.DOUBLE)
				.param("totalHigh", high(result.totalInterval()), Types.DOUBLE)
				.param("rankLow", low(result.rankInterval()), Types.DOUBLE)
				.param("rankHigh", high(result.rankInterval()), Types.DOUBLE)
				.update();
		}
	}

	/** The versions of the edition's results, newest (the current one) first. */
	List<ResultVersion> versions(long editionId) {
		List<ResultVersion> versions = new ArrayList<>();
		current(editionId).ifPresent(versions::add);
		versions.addAll(jdbc.sql("""
				select version, source, reason, published_by, published_at, replaced_by, replaced_at
				from index_result_version where edition_id = :id order by version desc""")
			.param("id", editionId)
			.query((rs, i) -> new ResultVersion(rs.getInt("version"), false, rs.getString("source"),
					rs.getString("reason"), rs.getString("published_by"),
					rs.getObject("published_at", java.time.OffsetDateTime.class), rs.getString("replaced_by"),
					rs.getObject("replaced_at", java.time.OffsetDateTime.class)))
			.list());
		return versions;
	}

	/** Whether an earlier version {@code number} is kept. */
	boolean isKept(long editionId, int number) {
		return jdbc
			.sql("select exists (select 1 from index_result_version where edition_id = :id and version = :number)")
			.param("id", editionId)
			.param("number", number)
			.query(Boolean.class)
			.single();
	}

	private Optional<ResultVersion> current(long editionId) {
		return jdbc
			.sql("""
					select coalesce(e.results_version, 1) as version, e.results_source, e.results_reason,
					       e.results_published_by, e.results_published_at
					from index_edition e where e.id = :id and exists (select 1 from index_result r where r.edition_id = e.id)""")
			.param("id", editionId)
			.query((rs, i) -> new ResultVersion(rs.getInt("version"), true, rs.getString("results_source"),
					rs.getString("results_reason"), rs.getString("results_published_by"),
					rs.getObject("results_published_at", java.time.OffsetDateTime.class), null, null))
			.optional();
	}

	private static Double low(vn.ddcihub.index.IndexApi.Interval interval) {
		return interval == null ? null : interval.low();
	}

	private static Double high(vn.ddcihub.index.IndexApi.Interval interval) {
		return interval == null ? null : interval.high();
	}

	/**
	 * One unit's result as written: the present component scores with their codes and
	 * intervals (lows and highs aligned with them, null elements where not computed; null
	 * lists when the unit has no component intervals).
	 */
	record ScoredResult(String unitCode, Double total, Integer rank, boolean ranked, int respondents,
			List<String> codes, List<Double> scores, List<Double> lows, List<Double> highs,
			vn.ddcihub.index.IndexApi.Interval totalInterval, vn.ddcihub.index.IndexApi.Interval rankInterval) {
	}

}
