package vn.ddcihub.index.domain;

import vn.ddcihub.shared.TableCopy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.domain.EditionDefinition.BandDef;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.EditionDefinition.IndicatorDef;

/**
 * The index_ tables: editions and their definitions, assessed units and results (unit
 * targets live in plans).
 */
@Repository
public class IndexRepository {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	IndexRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	List<EditionSummary> editions() {
		return jdbc.sql("""
				select e.year, e.block, e.name, e.illustrative, e.published_at, e.published_by,
				       (select count(*) from index_component c where c.edition_id = e.id) as components,
				       (select count(*) from index_result r where r.edition_id = e.id) as units
				from index_edition e order by e.year desc, e.block""")
			.query((rs, i) -> new EditionSummary(rs.getInt("year"), Block.valueOf(rs.getString("block")),
					rs.getString("name"), rs.getBoolean("illustrative"), rs.getInt("components"), rs.getInt("units"),
					rs.getObject("published_at", java.time.OffsetDateTime.class), rs.getString("published_by")))
			.list();
	}

	/**
	 * Marks the edition published by {@code actor} now, or withdrawn when actor is null.
	 */
	void setPublication(long editionId, String actor) {
		jdbc.sql("""
				update index_edition set published_at = case when :actor is null then null else now() end,
				       published_by = :actor, updated_at = now() where id = :id""")
			.param("actor", actor, java.sql.Types.VARCHAR)
			.param("id", editionId)
			.update();
	}

	List<Integer> years(Block block) {
		return jdbc.sql("""
				select e.year from index_edition e where e.block = :block
				  and exists (select 1 from index_result r where r.edition_id = e.id) order by e.year desc""")
			.param("block", block.name())
			.query(Integer.class)
			.list();
	}

	Optional<Long> editionId(int year, Block block) {
		return jdbc.sql("select id from index_edition where year = :year and block = :block")
			.param("year", year)
			.param("block", block.name())
			.query(Long.class)
			.optional();
	}

	Optional<Integer> previousYear(int year, Block block) {
		return jdbc
			.sql("select year from index_edition where year < :year and block = :block order by year desc limit 1")
			.param("year", year)
			.param("block", block.name())
			.query(Integer.class)
			.optional();
	}

	Optional<EditionDefinition> definition(int year, Block block) {
		return jdbc.sql("select id, name, illustrative from index_edition where year = :year and block = :block")
			.param("year", year)
			.param("block", block.name())
			.query((rs, i) -> definition(rs.getLong("id"), year, block, rs.getString("name"),
					rs.getBoolean("illustrative")))
			.optional();
	}

	private EditionDefinition definition(long id, int year, Block block, String name, boolean illustrative) {
		List<ComponentDef> components = jdbc.sql("""
				select code, name_vi, name_en, sort_order, weight from index_component
				where edition_id = :id order by sort_order, code""")
			.param("id", id)
			.query((rs, i) -> new ComponentDef(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
					rs.getInt("sort_order"), rs.getDouble("weight")))
			.list();
		List<IndicatorDef> indicators = jdbc
			.sql("""
					select code, name, polarity, component_code from index_indicator where edition_id = :id order by code""")
			.param("id", id)
			.query((rs, i) -> new IndicatorDef(rs.getString("code"), rs.getString("name"), rs.getString("polarity"),
					rs.getString("component_code")))
			.list();
		List<BandDef> bands = jdbc
			.sql("select label, lower_bound from index_band where edition_id = :id order by lower_bound desc")
			.param("id", id)
			.query((rs, i) -> new BandDef(rs.getString("label"), rs.getDouble("lower_bound")))
			.list();
		return new EditionDefinition(year, block, name, illustrative, components, indicators, bands);
	}

	/** Creates the edition or replaces its definition. */
	long saveDefinition(EditionDefinition definition) {
		Long id = editionId(definition.year(), definition.block()).orElse(null);
		if (id == null) {
			id = jdbc
				.sql("""
						insert into index_edition (year, block, name, illustrative) values (:year, :block, :name, :illustrative)
						returning id""")
				.param("year", definition.year())
				.param("block", definition.block().name())
				.param("name", definition.name())
				.param("illustrative", definition.illustrative())
				.query(Long.class)
				.single();
		}
		else {
			jdbc.sql(
					"update index_edition set name = :name, illustrative = :illustrative, updated_at = now() where id = :id")
				.param("name", definition.name())
				.param("illustrative", definition.illustrative())
				.param("id", id)
				.update();
			for (String table : List.of("index_component", "index_indicator", "index_band")) {
				jdbc.sql("delete from " + table + " where edition_id = :id").param("id", id).update();
			}
		}
		for (ComponentDef c : definition.components()) {
			jdbc.sql("""
					insert into index_component (edition_id, code, name_vi, name_en, sort_order, weight)
					values (:id, :code, :nameVi, :nameEn, :order, :weight)""")
				.param("id", id)
				.param("code", c.code())
				.param("nameVi", c.nameVi())
				.param("nameEn", c.nameEn())
				.param("order", c.order())
				.param("weight", c.weight())
				.update();
		}
		for (IndicatorDef indicator : definition.indicators()) {
			jdbc.sql("""
					insert into index_indicator (edition_id, code, name, polarity, component_code)
					values (:id, :code, :name, :polarity, :component)""")
				.param("id", id)
				.param("code", indicator.code())
				.param("name", indicator.name())
				.param("polarity", indicator.polarity())
				.param("component", indicator.componentCode())
				.update();
		}
		for (BandDef band : definition.bands()) {
			jdbc.sql("insert into index_band (edition_id, label, lower_bound) values (:id, :label, :lower)")
				.param("id", id)
				.param("label", band.label())
				.param("lower", band.lowerBound())
				.update();
		}
		return id;
	}

	/**
	 * The stored results of an edition, scores aligned with the definition's components
	 * (NaN where a unit has no score for one).
	 */
	List<UnitScores> scores(long editionId, EditionDefinition definition) {
		return scores("index_result", Map.of("id", editionId), definition);
	}

	/**
	 * The results of an earlier version of an edition, as {@link #scores} reads the
	 * current ones: its stored rows are read back as index_result rows.
	 */
	List<UnitScores> versionScores(long editionId, int version, EditionDefinition definition) {
		return scores(
				"""
						json_populate_recordset(null::index_result,
						    (select v.results from index_result_version v where v.edition_id = :id and v.version = :version))""",
				Map.of("id", editionId, "version", version), definition);
	}

	private List<UnitScores> scores(String rows, Map<String, Object> params, EditionDefinition definition) {
		Map<String, Integer> columns = new HashMap<>();
		for (ComponentDef component : definition.components()) {
			columns.put(component.code(), columns.size());
		}
		return jdbc.sql("""
				select r.unit_code, coalesce(u.name, r.unit_code) as name, u.organisation_id,
				       r.published_total, r.published_rank, r.component_codes, r.scores, r.ranked, r.respondents,
				       r.score_lows, r.score_highs, r.total_low, r.total_high, r.rank_low, r.rank_high
				from %s r join index_edition e on e.id = r.edition_id
				left join index_assessed_unit u on u.block = e.block and u.code = r.unit_code
				where r.edition_id = :id order by r.unit_code""".formatted(rows)).params(params).query((rs, i) -> {
			Object[] codes = (Object[]) rs.getArray("component_codes").getArray();
			return new UnitScores(rs.getString("unit_code"), rs.getString("name"),
					(Long) rs.getObject("organisation_id"),
					aligned(columns, codes, (Object[]) rs.getArray("scores").getArray()),
					decimal(rs.getBigDecimal("published_total")), (Integer) rs.getObject("published_rank"),
					rs.getBoolean("ranked"), (Integer) rs.getObject("respondents"), intervals(rs, columns, codes));
		}).list();
	}

	/**
	 * A unit's stored intervals, components aligned as its scores; null when it has none.
	 */
	private static ScoreIntervals intervals(java.sql.ResultSet rs, Map<String, Integer> columns, Object[] codes)
			throws java.sql.SQLException {
		java.sql.Array lows = rs.getArray("score_lows");
		java.sql.Array highs = rs.getArray("score_highs");
		List<IndexApi.Interval> components = null;
		if (lows != null && highs != null) {
			double[] low = aligned(columns, codes, (Object[]) lows.getArray());
			double[] high = aligned(columns, codes, (Object[]) highs.getArray());
			components = new ArrayList<>();
			for (int c = 0; c < low.length; c++) {
				components.add(interval(low[c], high[c]));
			}
		}
		IndexApi.Interval total = interval(rs.getBigDecimal("total_low"), rs.getBigDecimal("total_high"));
		IndexApi.Interval rank = interval(rs.getBigDecimal("rank_low"), rs.getBigDecimal("rank_high"));
		return components == null && total == null && rank == null ? null : new ScoreIntervals(components, total, rank);
	}

	private static IndexApi.Interval interval(BigDecimal low, BigDecimal high) {
		return low == null || high == null ? null : new IndexApi.Interval(low.doubleValue(), high.doubleValue());
	}

	private static IndexApi.Interval interval(double low, double high) {
		return Double.isNaN(low) || Double.isNaN(high) ? null : new IndexApi.Interval(low, high);
	}

	/**
	 * Codes of the units with a result in the edition; the results of those the predicate
	 * accepts are added to the table, each score in its component's column (aligned by
	 * PostgreSQL, no arrays to parse here) — what an import replaces, read without the
	 * names, organisations and ordering a league table needs.
	 */
	Set<String> resultUnits(long editionId, Predicate<String> replaced, ResultTable into) {
		List<String> codes = into.componentCodes();
		StringBuilder columns = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int c = 0; c < codes.size(); c++) {
			columns.append(", r.scores[array_position(r.component_codes, :c").append(c).append("::varchar)]::float8");
			params.put("c" + c, codes.get(c));
		}
		Set<String> units = new HashSet<>();
		jdbc.sql("select r.unit_code, r.published_total::float8, r.published_rank" + columns
				+ " from index_result r where r.edition_id = :id")
			.params(params)
			.param("id", editionId)
			.query(rs -> {
				String unit = rs.getString(1);
				units.add(unit);
				if (replaced.test(unit)) {
					Double[] scores = new Double[codes.size()];
					for (int c = 0; c < scores.length; c++) {
						scores[c] = (Double) rs.getObject(4 + c);
					}
					into.add(unit, scores, (Double) rs.getObject(2), (Integer) rs.getObject(3));
				}
			});
		return units;
	}

	/** Codes of the block's assessed units. */
	Set<String> unitCodes(Block block) {
		return new HashSet<>(jdbc.sql("select code from index_assessed_unit where block = :block")
			.param("block", block.name())
			.query(String.class)
			.list());
	}

	/** Inserts or replaces one unit's result. */
	void saveResult(long editionId, String unitCode, Map<String, Double> scores, Double publishedTotal,
			Integer publishedRank) {
		jdbc.sql(
				"""
						insert into index_result (edition_id, unit_code, published_total, published_rank, component_codes, scores)
						values (:edition, :unit, :total, :rank, :codes::varchar(32)[], :scores::numeric(6,2)[])
						on conflict (edition_id, unit_code) do update set published_total = excluded.published_total,
						    published_rank = excluded.published_rank, component_codes = excluded.component_codes,
						    scores = excluded.scores, updated_at = now()""")
			.param("edition", editionId)
			.param("unit", unitCode)
			.param("total", publishedTotal)
			.param("rank", publishedRank)
			.param("codes", ScoreArrays.codes(scores))
			.param("scores", ScoreArrays.scores(scores))
			.update();
	}

	/**
	 * Writes the results of many units, each unit one row with its scores: the results
	 * the rows replace are deleted, then all rows are streamed in with COPY
	 * ({@link ResultCopy}), which costs the database less than upserting them in batches.
	 */
	/** Whether the edition holds any result yet. */
	boolean hasResults(long editionId) {
		return jdbc.sql("select exists (select 1 from index_result where edition_id = :id)")
			.param("id", editionId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Starts writing the first results of an edition as they are read: nothing to
	 * replace, so no statement has to run before them.
	 */
	ResultCopy streamFirstResults(long editionId) {
		return ResultCopy.open(dataSource, editionId);
	}

	void saveResults(long editionId, List<ResultFileParser.ImportedRow> rows) {
		jdbc.sql("delete from index_result where edition_id = :edition and unit_code = any(:units::text[])")
			.param("edition", editionId)
			.param("units", rows.stream().map(ResultFileParser.ImportedRow::unitCode).toArray(String[]::new))
			.update();
		ResultCopy.copy(dataSource, editionId, rows);
	}

	/**
	 * Adds assessed units that do not exist yet, streamed in with COPY; the caller holds
	 * {@link #lockUnits} and read the block's codes after taking it, so none of them can
	 * exist.
	 */
	void saveNewUnits(Block block, List<AssessedUnit> units) {
		if (units.isEmpty()) {
			return;
		}
		try (TableCopy copy = TableCopy.open(dataSource, "copy index_assessed_unit (block, code, name) from stdin")) {
			for (AssessedUnit unit : units) {
				StringBuilder line = copy.line().append(block.name()).append('\t');
				TableCopy.text(line, unit.code());
				line.append('\t');
				TableCopy.text(line, unit.name());
				copy.endLine();
			}
			copy.finish();
		}
	}

	/**
	 * Waits until no other transaction adds or changes the block's assessed units (a lock
	 * held until this one ends, on every node sharing the database).
	 */
	void lockUnits(Block block) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('index_assessed_unit'), hashtext(:block))) l")
			.param("block", block.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Waits until no other transaction imports into the edition (a lock held until this
	 * one ends, on every node sharing the database).
	 */
	void lockEdition(int year, Block block) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('index_edition'), hashtext(:key))) as locked")
			.param("key", year + "-" + block.name())
			.query(Integer.class)
			.single();
	}

	/** How many units of the edition have a score for the component. */
	int scoredUnits(long editionId, String componentCode) {
		return jdbc.sql("""
				select count(*) from index_result r
				where r.edition_id = :id
				  and exists (select 1 from unnest(r.component_codes) as c(code) where upper(c.code) = upper(:code))""")
			.param("id", editionId)
			.param("code", componentCode)
			.query(Integer.class)
			.single();
	}

	List<AssessedUnit> units(Block block) {
		return jdbc.sql(
				"select code, name, block, organisation_id from index_assessed_unit where block = :block order by code")
			.param("block", block.name())
			.query(IndexRepository::unit)
			.list();
	}

	Optional<AssessedUnit> unit(Block block, String code) {
		return jdbc.sql(
				"select code, name, block, organisation_id from index_assessed_unit where block = :block and code = :code")
			.param("block", block.name())
			.param("code", code)
			.query(IndexRepository::unit)
			.optional();
	}

	Optional<AssessedUnit> unitOfOrganisation(long organisationId) {
		return jdbc.sql("""
				select code, name, block, organisation_id from index_assessed_unit where organisation_id = :org
				order by block, code limit 1""").param("org", organisationId).query(IndexRepository::unit).optional();
	}

	/**
	 * Ordered as {@link #unitOfOrganisation}, so the first per organisation is the same.
	 */
	List<AssessedUnit> unitsOfOrganisations(Collection<Long> organisationIds) {
		return jdbc.sql("""
				select code, name, block, organisation_id from index_assessed_unit where organisation_id = any(:orgs)
				order by organisation_id, block, code""")
			.param("orgs", organisationIds.toArray(Long[]::new))
			.query(IndexRepository::unit)
			.list();
	}

	void saveUnit(AssessedUnit unit) {
		lockUnits(unit.block());
		jdbc.sql(
				"""
						insert into index_assessed_unit (block, code, name, organisation_id) values (:block, :code, :name, :org)
						on conflict (block, code) do update set name = excluded.name, organisation_id = excluded.organisation_id""")
			.param("block", unit.block().name())
			.param("code", unit.code())
			.param("name", unit.name())
			.param("org", unit.organisationId())
			.update();
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from index_edition").query(Long.class).single() == 0;
	}

	private static AssessedUnit unit(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new AssessedUnit(rs.getString("code"), rs.getString("name"), Block.valueOf(rs.getString("block")),
				(Long) rs.getObject("organisation_id"));
	}

	/**
	 * A unit's stored scores in the order of the definition's components (by column
	 * index), NaN where it has none; scores of components the definition no longer has
	 * are left out.
	 */
	private static double[] aligned(Map<String, Integer> columns, Object[] codes, Object[] scores) {
		double[] aligned = new double[columns.size()];
		Arrays.fill(aligned, Double.NaN);
		for (int i = 0; i < codes.length; i++) {
			Integer column = columns.get((String) codes[i]);
			if (column != null && scores[i] != null) {
				aligned[column] = ((Number) scores[i]).doubleValue();
			}
		}
		return aligned;
	}

	private static Double decimal(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	static List<String> codes(EditionDefinition definition) {
		return new ArrayList<>(definition.components().stream().map(ComponentDef::code).toList());
	}

}
