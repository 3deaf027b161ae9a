package vn.ddcihub.index.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.PlannedTargets;
import vn.ddcihub.index.PlannedTargets.TargetPlan;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.EditionResults.ColumnStats;
import vn.ddcihub.index.domain.EditionResults.UnitResult;
import vn.ddcihub.index.domain.ResultFileParser.ImportedRow;
import vn.ddcihub.index.domain.UnitProfile.ComponentProfile;
import vn.ddcihub.index.domain.UnitProfile.TrendPoint;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.Rounding;
import vn.ddcihub.scoring.ScoreScale;
import vn.ddcihub.scoring.Stats;
import vn.ddcihub.scoring.TargetGap;
import vn.ddcihub.scoring.TargetMath;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputProblems;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.shared.ScoreRules;

/**
 * The index capability (chỉ số DDCI): reading editions, league tables and unit profiles,
 * results import and correction, unit targets and target math. Definitions are changed
 * through {@link IndexDefinitions}, assessed units through {@link AssessedUnits};
 * computed editions come from {@link EditionResultsCache}.
 */
@Service
@Transactional(readOnly = true)
public class IndexService implements IndexApi {

	private final IndexRepository repository;

	private final IndexAccess access;

	private final AuditTrail audit;

	private final EditionResultsCache cache;

	private final IndexDefinitions definitions;

	private final ObjectProvider<PlannedTargets> plannedTargets;

	private final ScorePublishing scorePublishing;

	private final ResultVersions versions;

	IndexService(IndexRepository repository, IndexAccess access, AuditTrail audit, EditionResultsCache cache,
			IndexDefinitions definitions, ObjectProvider<PlannedTargets> plannedTargets,
			ScorePublishing scorePublishing, ResultVersions versions) {
		this.scorePublishing = scorePublishing;
		this.versions = versions;
		this.repository = repository;
		this.access = access;
		this.audit = audit;
		this.cache = cache;
		this.definitions = definitions;
		this.plannedTargets = plannedTargets;
	}

	// ---- reading ----

	public List<EditionSummary> editions() {
		return repository.editions();
	}

	public EditionDefinition definition(int year, Block block) {
		return definitions.definition(year, block);
	}

	public List<AssessedUnit> units(Block block) {
		return repository.units(block);
	}

	public EditionResults results(int year, Block block) {
		return cache.find(year, block).orElseThrow(() -> editionNotFound(year, block));
	}

	public UnitProfile profile(int year, Block block, String code) {
		EditionResults results = results(year, block);
		UnitResult unit = unitOf(results, code);
		Optional<TargetPlan> plan = targetPlan(year, unit.organisationId());
		Map<String, Double> targets = plan.map(TargetPlan::scores).orElse(Map.of());
		List<ComponentProfile> components = new ArrayList<>();
		double[] targetValues = new double[results.components().size()];
		for (int c = 0; c < results.components().size(); c++) {
			ComponentDef component = results.components().get(c);
			ColumnStats stats = results.componentStats().get(c);
			Double score = unit.scores().get(c);
			Double gap = score == null || stats.median() == null ? null : round(score - stats.median());
			Double target = lookup(targets, component.code());
			targetValues[c] = target != null ? target : score != null ? score : Double.NaN;
			components.add(new ComponentProfile(component.code(), component.nameVi(), component.nameEn(),
					component.weight(), score, unit.ranks().get(c), stats.count(), stats.median(), gap,
					unit.belowMedian().get(c), stats.max(), stats.scoreAtRank10(), target, unit.scoreChanges().get(c)));
		}
		Double targetTotal = targets.isEmpty() ? null : TargetMath.impliedTotal(targetValues, weights(results));
		List<TrendPoint> trend = new ArrayList<>();
		String stamp = cache.validateCache();
		List<Integer> years = new ArrayList<>(repository.years(block));
		java.util.Collections.reverse(years);
		for (Integer y : years) {
			if (y <= year) {
				cache.cached(y, block, stamp)
					.flatMap(r -> r.unit(unit.code())
						.map(u -> new TrendPoint(y, u.total(), u.totalRank(), r.unitCount())))
					.ifPresent(trend::add);
			}
		}
		return new UnitProfile(year, block, results.name(), results.illustrative(), unit.code(), unit.name(),
				unit.organisationId(), results.unitCount(), unit.total(), unit.computedTotal(), unit.publishedTotal(),
				unit.totalRank(), results.totalStats().median(), unit.band(), unit.totalChange(), unit.rankChange(),
				unit.belowMedianCount(), components, targetTotal, plan.orElse(null), trend);
	}

	/**
	 * The targets of the plan the unit's organisation starts from this edition; none when
	 * the unit is not linked to an organisation or no plan module answers.
	 */
	private Optional<TargetPlan> targetPlan(int year, Long organisationId) {
		PlannedTargets plans = plannedTargets.getIfUnique();
		return organisationId == null || plans == null ? Optional.empty() : plans.startingFrom(organisationId, year);
	}

	/**
	 * The profile as this user may see it: without the unit's targets when they belong to
	 * another organisation.
	 */
	public UnitProfile profile(CurrentUser user, int year, Block block, String code) {
		UnitProfile profile = profile(year, block, code);
		return access.canSeeTargets(user, profile.organisationId()) ? profile : profile.withoutTargets();
	}

	/**
	 * A unit's component targets, as its organisation's plan starting from this edition
	 * sets them (who may see them is declared by the handlers: {@link IndexAccess}).
	 */
	public Map<String, Double> targets(int year, Block block, String code) {
		UnitResult unit = unitOf(results(year, block), code);
		return targetPlan(year, unit.organisationId()).map(TargetPlan::scores).orElse(Map.of());
	}

	/**
	 * What-if (giả định): the total that component targets imply under the edition's
	 * weights (components left out keep the unit's score) and the rank that total would
	 * have had among the edition's other units. Nothing is saved.
	 */
	public WhatIf whatIf(int year, Block block, String code, Map<String, Double> componentTargets) {
		EditionResults results = results(year, block);
		UnitResult unit = unitOf(results, code);
		double implied = checkTargets(year, block, unit.code(), componentTargets, 0).impliedTotal();
		int rank = Ranking.rankAmong(implied, peers(results, unit, UnitResult::total), Rounding.PUBLISHED_SCALE);
		return new WhatIf(implied, rank, results.unitCount(), results.illustrative());
	}

	public TargetRankAnswer targetRank(int year, Block block, String code, int k, boolean peersImprove) {
		EditionResults results = results(year, block);
		if (!ScoreRules.isRank(k, results.unitCount())) {
			throw new BadInputException(List.of(InputProblem.field("rank",
					"Thứ hạng mục tiêu phải từ 1 đến " + results.unitCount() + " (số đơn vị của kỳ " + year + ")")));
		}
		UnitResult unit = unitOf(results, code);
		List<TargetRankAnswer.Need> needs = new ArrayList<>();
		for (int c = 0; c < results.components().size(); c++) {
			final int column = c;
			double[] peers = peers(results, unit, u -> u.scores().get(column));
			double delta = peersImprove ? medianChange(results, u -> u.scoreChanges().get(column)) : 0;
			needs.add(need(results.components().get(c).code(), results.components().get(c).nameVi(),
					unit.scores().get(c), unit.ranks().get(c), peers, k, ScoreScale.COMPONENT, delta));
		}
		double totalDelta = peersImprove ? medianChange(results, UnitResult::totalChange) : 0;
		TargetRankAnswer.Need total = need("TOTAL", "Điểm tổng hợp", unit.total(), unit.totalRank(),
				peers(results, unit, UnitResult::total), k, ScoreScale.TOTAL, totalDelta);
		return new TargetRankAnswer(year, block, unit.code(), unit.name(), k, results.unitCount(), peersImprove, needs,
				total);
	}

	private static TargetRankAnswer.Need need(String code, String name, Double current, Integer rank, double[] peers,
			int k, ScoreScale scale, double delta) {
		TargetGap gap = TargetMath.scoreNeededForRank(current == null ? Double.NaN : current, peers, k, scale, delta);
		return new TargetRankAnswer.Need(code, name, current, rank, gap.needed(), EditionCalculator.value(gap.gap()),
				gap.achievable(), round(delta));
	}

	private static double[] peers(EditionResults results, UnitResult unit,
			java.util.function.Function<UnitResult, Double> value) {
		return results.units()
			.stream()
			.filter(u -> u != unit)
			.mapToDouble(u -> value.apply(u) == null ? Double.NaN : value.apply(u))
			.toArray();
	}

	private static double medianChange(EditionResults results, java.util.function.Function<UnitResult, Double> change) {
		double median = Stats.median(results.units()
			.stream()
			.mapToDouble(u -> change.apply(u) == null ? Double.NaN : change.apply(u))
			.toArray());
		return Double.isNaN(median) ? 0 : median;
	}

	@Override
	public List<Integer> editionYears(Block block) {
		return repository.years(block);
	}

	@Override
	public Optional<AssessedUnitRef> assessedUnitOf(long organisationId) {
		return repository.unitOfOrganisation(organisationId)
			.map(u -> new AssessedUnitRef(u.code(), u.name(), u.block()));
	}

	@Override
	public List<AssessedUnitRef> assessedUnits(Block block) {
		return repository.units(block).stream().map(u -> new AssessedUnitRef(u.code(), u.name(), u.block())).toList();
	}

	@Override
	public Map<Long, AssessedUnitRef> assessedUnitsOf(Collection<Long> organisationIds) {
		Map<Long, AssessedUnitRef> units = new HashMap<>();
		repository.unitsOfOrganisations(organisationIds)
			.forEach(u -> units.putIfAbsent(u.organisationId(), new AssessedUnitRef(u.code(), u.name(), u.block())));
		return units;
	}

	@Override
	public List<String> componentCodes(int year, Block block) {
		return repository.definition(year, block)
			.map(d -> d.components().stream().map(EditionDefinition.ComponentDef::code).toList())
			.orElse(List.of());
	}

	@Override
	public List<ComponentRef> components(int year, Block block) {
		return repository.definition(year, block)
			.map(d -> d.components()
				.stream()
				.map(c -> new ComponentRef(c.code(), c.nameVi(), c.nameEn(), c.order(), c.weight()))
				.toList())
			.orElse(List.of());
	}

	@Override
	public Optional<UnitStanding> standing(int year, Block block, String unitCode) {
		return cache.find(year, block).flatMap(results -> results.unit(unitCode).map(unit -> {
			List<ComponentStanding> components = new ArrayList<>();
			for (int c = 0; c < results.components().size(); c++) {
				ComponentDef component = results.components().get(c);
				final int column = c;
				double score = nan(unit.scores().get(c));
				double top10 = TargetMath
					.scoreNeededForRank(score, peers(results, unit, u -> u.scores().get(column)),
							EditionCalculator.REFERENCE_RANK, ScoreScale.COMPONENT)
					.needed();
				Integer rank = unit.ranks().get(c);
				components.add(new ComponentStanding(component.code(), component.nameVi(), component.nameEn(),
						component.order(), component.weight(), score, rank == null ? 0 : rank,
						nan(results.componentStats().get(c).median()), unit.belowMedian().get(c), top10));
			}
			return new UnitStanding(results.year(), block, unit.code(), unit.name(), results.unitCount(),
					nan(unit.total()), unit.totalRank(), nan(results.totalStats().median()), components,
					results.illustrative());
		}));
	}

	@Override
	public TargetCheck checkTargets(int year, Block block, String unitCode, Map<String, Double> componentTargets,
			double goalTotal) {
		EditionResults results = results(year, block);
		UnitResult unit = unitOf(results, unitCode);
		List<InputProblem> problems = new ArrayList<>();
		Map<String, Double> targets = new HashMap<>();
		componentTargets.forEach((code, value) -> {
			if (results.components().stream().noneMatch(c -> c.code().equalsIgnoreCase(code))) {
				problems.add(InputProblem.field(code, "Không có chỉ số thành phần " + code + " trong kỳ " + year));
			}
			else if (value == null || !ScoreRules.isScore(value)) {
				problems.add(
						InputProblem.field(code, "Mục tiêu " + value + " nằm ngoài khoảng " + ScoreRules.scoreRange()));
			}
			else {
				targets.put(code.toUpperCase(Locale.ROOT), value);
			}
		});
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		double[] values = new double[results.components().size()];
		for (int c = 0; c < values.length; c++) {
			Double target = targets.get(results.components().get(c).code().toUpperCase(Locale.ROOT));
			values[c] = target != null ? target : nan(unit.scores().get(c));
		}
		double implied = TargetMath.impliedTotal(values, weights(results));
		return new TargetCheck(implied, goalTotal, implied >= goalTotal);
	}

	// ---- writing ----

	/**
	 * Imports a results file; all or nothing. The edition gets the default definition
	 * when it has none yet.
	 */
	@Transactional
	public ImportSummary importResults(int year, Block block, String fileName, byte[] content, boolean createUnits) {
		return importResults(year, block, fileName, new ByteArrayResource(content), createUnits);
	}

	/**
	 * Imports a results file read as it streams; all or nothing, the results written in
	 * batches and one audit record for the whole file. Imports into one edition run one
	 * after the other (also on different nodes), so two first imports of a new edition
	 * cannot both create it.
	 */
	@Transactional
	public ImportSummary importResults(int year, Block block, String fileName, InputStreamSource content,
			boolean createUnits) {
		repository.lockEdition(year, block);
		EditionDefinition definition = repository.definition(year, block).orElse(null);
		if (definition == null) {
			definition = definitions.saveDefinition(
					EditionDefinition.ddciDefault(year, block, "DDCI " + year + " – " + blockName(block), false));
		}
		if (createUnits) {
			repository.lockUnits(block);
		}
		Set<String> known = repository.unitCodes(block);
		long editionId = repository.editionId(year, block).orElseThrow();
		// The first results of an edition replace nothing: they go to the database while
		// the file is still being read.
		boolean first = !repository.hasResults(editionId);
		List<ImportedRow> rows;
		try (InputStream in = content.getInputStream();
				ResultCopy streamed = first ? repository.streamFirstResults(editionId) : null) {
			rows = ResultFileParser.parse(fileName, in, definition, known::contains, createUnits,
					streamed == null ? row -> {
					} : streamed::add);
			if (streamed != null) {
				streamed.finish();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Set<String> imported = new HashSet<>();
		rows.forEach(row -> imported.add(row.unitCode()));
		ResultTable before = new ResultTable(definition);
		Set<String> stored = first ? Set.of() : repository.resultUnits(editionId, imported::contains, before);
		refuseImpossibleRanks(fileName, rows, stored);
		ResultTable after = new ResultTable(definition);
		List<AssessedUnit> newUnits = new ArrayList<>();
		int updated = 0;
		for (ImportedRow row : rows) {
			if (!known.contains(row.unitCode())) {
				newUnits.add(new AssessedUnit(row.unitCode(), row.unitName(), block, null));
			}
			if (stored.contains(row.unitCode())) {
				updated++;
			}
			after.add(row);
		}
		repository.saveNewUnits(block, newUnits);
		if (!first) {
			repository.saveResults(editionId, rows);
		}
		cache.resultsChanged(year, block);
		ImportSummary summary = new ImportSummary(year, block, fileName, rows.size(), rows.size() - updated, updated,
				newUnits.size(), rows.stream().map(ImportedRow::unitCode).toList());
		// Before: the replaced results; after: every imported row — so the trail shows
		// what the file changed, as tables (a column list and one array per unit) to keep
		// the record of a large file small.
		audit.record(IndexAuditKind.EDITION, year + "-" + block, AuditTrail.Action.IMPORT,
				Map.of("results", before.asMap()), Map.of("summary", summary.counts(), "results", after.asMap()), null);
		return summary;
	}

	/**
	 * A published rank cannot exceed the number of units the edition will hold after the
	 * import.
	 */
	private static void refuseImpossibleRanks(String fileName, List<ImportedRow> rows, java.util.Set<String> existing) {
		java.util.Set<String> units = new java.util.HashSet<>(existing);
		rows.forEach(row -> units.add(row.unitCode()));
		InputProblems problems = new InputProblems(fileName);
		rows.stream()
			.filter(row -> row.publishedRank() != null && !ScoreRules.isRank(row.publishedRank(), units.size()))
			.forEach(row -> problems.add("xếp hạng không hợp lệ", () -> InputProblem.at(fileName, row.row(), "rank",
					"Xếp hạng " + row.publishedRank() + " lớn hơn số đơn vị của kỳ (" + units.size() + ")")));
		problems.refuseIfAny();
	}

	/**
	 * Result of an import: counts of rows, new and replaced results, new assessed units.
	 */
	public record ImportSummary(int year, Block block, String file, int rows, int created, int replaced,
			int createdUnits, List<String> units) {

		/**
		 * The summary without the list of units, which the audited results already name.
		 */
		Map<String, Object> counts() {
			Map<String, Object> counts = new LinkedHashMap<>();
			counts.put("year", year);
			counts.put("block", block);
			counts.put("file", file);
			counts.put("rows", rows);
			counts.put("created", created);
			counts.put("replaced", replaced);
			counts.put("createdUnits", createdUnits);
			return counts;
		}

	}

	/**
	 * One unit's corrected scores (and optionally published total and rank), audited
	 * before/after.
	 */
	public record ScoreCorrection(Map<String, Double> scores, Double publishedTotal, Integer publishedRank) {
	}

	@Transactional
	public UnitResult correct(int year, Block block, String code, ScoreCorrection correction) {
		EditionDefinition definition = definition(year, block);
		String unitCode = code.toUpperCase(Locale.ROOT);
		AssessedUnit unit = repository.unit(block, unitCode)
			.orElseThrow(() -> new NotFoundException("index.notFound.unit", unitCode));
		List<InputProblem> problems = new ArrayList<>();
		Map<String, Double> scores = new LinkedHashMap<>();
		Map<String, Double> given = correction.scores() == null ? Map.of() : correction.scores();
		for (ComponentDef component : definition.components()) {
			Double value = given.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(component.code()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (value == null) {
				problems.add(InputProblem.field(component.code(), "Thiếu điểm chỉ số thành phần " + component.code()));
			}
			else if (!ScoreRules.isScore(value)) {
				problems.add(InputProblem.field(component.code(),
						"Điểm " + value + " nằm ngoài khoảng " + ScoreRules.scoreRange()));
			}
			else {
				scores.put(component.code(), round(value));
			}
		}
		given.keySet()
			.stream()
			.filter(k -> definition.componentIndex(k) < 0)
			.forEach(k -> problems.add(InputProblem.field(k, "Không có chỉ số thành phần " + k + " trong kỳ " + year)));
		if (correction.publishedTotal() != null && !ScoreRules.isTotal(correction.publishedTotal())) {
			problems
				.add(InputProblem.field("publishedTotal", "Điểm tổng hợp nằm ngoài khoảng " + ScoreRules.totalRange()));
		}
		Optional<EditionResults> current = cache.find(year, block);
		UnitResult before = current.flatMap(r -> r.unit(unitCode)).orElse(null);
		// A unit without a result yet joins the edition with this correction.
		int units = current.map(EditionResults::unitCount).orElse(0) + (before == null ? 1 : 0);
		if (correction.publishedRank() != null && !ScoreRules.isRank(correction.publishedRank(), units)) {
			problems.add(InputProblem.field("publishedRank", "Xếp hạng công bố phải từ " + ScoreRules.RANK_MIN + " đến "
					+ units + " (số đơn vị của kỳ " + year + ")"));
		}
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}
		long editionId = repository.editionId(year, block).orElseThrow();
		repository.saveResult(editionId, unitCode, scores, correction.publishedTotal(), correction.publishedRank());
		cache.resultsChanged(year, block);
		UnitResult after = cache.compute(year, block, true).flatMap(r -> r.unit(unitCode)).orElseThrow();
		audit.record(IndexAuditKind.RESULT, year + "-" + block + "-" + unitCode,
				before == null ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE, before, after,
				unit.organisationId());
		return after;
	}

	// ---- publishing ----

	/** The edition's line in the list of editions, with its publication. */
	public EditionSummary edition(int year, Block block) {
		return repository.editions()
			.stream()
			.filter(e -> e.year() == year && e.block() == block)
			.findFirst()
			.orElseThrow(() -> editionNotFound(year, block));
	}

	/**
	 * Publishes the edition for the public portal or withdraws it, audited before/after;
	 * publishing a published edition keeps its first date.
	 */
	@Transactional
	public EditionSummary setPublished(int year, Block block, boolean published, CurrentUser user) {
		repository.lockEdition(year, block);
		EditionSummary before = edition(year, block);
		if (before.published() == published) {
			return before;
		}
		repository.setPublication(repository.editionId(year, block).orElseThrow(),
				published ? user.getUsername() : null);
		EditionSummary after = edition(year, block);
		audit.record(IndexAuditKind.EDITION, year + "-" + block, AuditTrail.Action.UPDATE, Publication.of(before),
				Publication.of(after), null);
		return after;
	}

	/** What the audit trail keeps of a publication. */
	record Publication(boolean published, java.time.OffsetDateTime publishedAt, String publishedBy) {

		static Publication of(EditionSummary edition) {
			return new Publication(edition.published(), edition.publishedAt(), edition.publishedBy());
		}
	}

	@Override
	public List<PublishedEdition> publishedEditions() {
		return repository.editions()
			.stream()
			.filter(e -> e.published() && e.unitCount() > 0)
			.sorted(java.util.Comparator.comparing(EditionSummary::block)
				.thenComparing(EditionSummary::year, java.util.Comparator.reverseOrder()))
			.map(IndexService::published)
			.toList();
	}

	@Override
	@Transactional
	public int publishScores(ScoredEdition scores, String reason, CurrentUser user) {
		return scorePublishing.publish(scores, reason, user);
	}

	/** The versions of an edition's results, the current one first. */
	public List<ResultVersion> versions(int year, Block block) {
		return versions.versions(editionIdOf(year, block));
	}

	/**
	 * An earlier version of an edition's results, computed as the league table was
	 * (read-only, under the edition's current definition).
	 */
	public EditionResults version(int year, Block block, int number) {
		long editionId = editionIdOf(year, block);
		if (!versions.isKept(editionId, number)) {
			throw new NotFoundException("index.notFound.version", String.valueOf(number), String.valueOf(year));
		}
		EditionDefinition definition = definition(year, block);
		return EditionCalculator.compute(definition, repository.versionScores(editionId, number, definition), null);
	}

	private long editionIdOf(int year, Block block) {
		return repository.editionId(year, block).orElseThrow(() -> editionNotFound(year, block));
	}

	@Override
	public Optional<PublishedLeague> publishedLeague(int year, Block block) {
		return publishedEditions().stream()
			.filter(e -> e.year() == year && e.block() == block)
			.findFirst()
			.flatMap(edition -> cache.find(year, block).map(results -> league(edition, results)));
	}

	private static PublishedEdition published(EditionSummary e) {
		return new PublishedEdition(e.year(), e.block(), e.name(), e.illustrative(), e.publishedAt(), e.unitCount());
	}

	private static PublishedLeague league(PublishedEdition edition, EditionResults results) {
		List<PublishedComponent> components = results.components()
			.stream()
			.map(c -> new PublishedComponent(c.code(), c.nameVi(), c.nameEn(), c.weight()))
			.toList();
		List<PublishedRow> rows = results.units()
			.stream()
			.map(u -> new PublishedRow(u.totalRank(), u.code(), u.name(), u.scores(), u.total(), u.band(),
					u.respondents(), u.totalInterval(), u.rankInterval(),
					u.intervals() == null ? null : u.intervals().components()))
			.toList();
		return new PublishedLeague(edition, components, rows,
				results.componentStats().stream().map(ColumnStats::median).toList(),
				results.componentStats().stream().map(ColumnStats::max).toList(), results.totalStats().median());
	}

	/** Whether pages offer the user the index's change buttons. */
	@Override
	public boolean canWrite(CurrentUser user) {
		return access.canWrite(user);
	}

	// ---- helpers ----

	static String blockName(Block block) {
		return block == Block.DEPARTMENT ? "Khối sở, ban, ngành" : "Khối huyện, thành phố";
	}

	private static UnitResult unitOf(EditionResults results, String code) {
		return results.unit(code)
			.orElseThrow(() -> new NotFoundException("index.notFound.result", code, results.year()));
	}

	static NotFoundException editionNotFound(int year, Block block) {
		return new NotFoundException("index.notFound.edition", year,
				new DefaultMessageSourceResolvable("index.block." + block));
	}

	private static double[] weights(EditionResults results) {
		return results.components().stream().mapToDouble(ComponentDef::weight).toArray();
	}

	private static Double lookup(Map<String, Double> map, String code) {
		return map.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase(code))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static double nan(Double value) {
		return value == null ? Double.NaN : value;
	}

	private static double round(double value) {
		return Rounding.halfUp(value, Rounding.PUBLISHED_SCALE);
	}

}
