package vn.ddcihub.index.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.index.IndexApi.Interval;
import vn.ddcihub.index.IndexApi.ScoredEdition;
import vn.ddcihub.index.IndexApi.ScoredUnit;
import vn.ddcihub.index.domain.EditionDefinition.ComponentDef;
import vn.ddcihub.index.domain.ResultVersions.ScoredResult;
import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.scoring.Rounding;
import vn.ddcihub.scoring.WeightedTotal;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.ScoreRules;

/**
 * Publishes the scores of a survey scoring run into an edition (công bố kết quả chấm
 * điểm): defines the edition when it is not yet, adds new units, replaces the results
 * (keeping the earlier ones as a numbered version, with the reason for the change),
 * stores respondent counts and 90 % intervals, and publishes the edition — all in one
 * transaction, audited. The scores are the survey's: a total that the edition's weights
 * would compute differently is refused, never recomputed.
 */
@Component
class ScorePublishing {

	/** How far a given total may be from the one the edition's weights compute. */
	static final double TOTAL_TOLERANCE = 1e-6;

	static final int REASON_MAX = 1000;

	static final int SOURCE_MAX = 255;

	private final IndexRepository repository;

	private final ResultVersions versions;

	private final IndexDefinitions definitions;

	private final EditionResultsCache cache;

	private final AuditTrail audit;

	private final IndexAccess access;

	ScorePublishing(IndexRepository repository, ResultVersions versions, IndexDefinitions definitions,
			EditionResultsCache cache, AuditTrail audit, IndexAccess access) {
		this.repository = repository;
		this.versions = versions;
		this.definitions = definitions;
		this.cache = cache;
		this.audit = audit;
		this.access = access;
	}

	@Transactional
	int publish(ScoredEdition scores, String reason, CurrentUser user) {
		if (user == null || !access.canWrite(user)) {
			throw new AccessDeniedException("Only whoever runs the ranking publishes scores");
		}
		return asActor(user, () -> write(scores, reason, user));
	}

	private int write(ScoredEdition scores, String reason, CurrentUser user) {
		if (scores == null || scores.block() == null) {
			throw new BadInputException(List.of(InputProblem.field("block", "Thiếu khối đánh giá của kết quả")));
		}
		int year = scores.year();
		repository.lockEdition(year, scores.block());
		EditionDefinition existing = repository.definition(year, scores.block())
			.filter(d -> !d.components().isEmpty())
			.orElse(null);
		EditionDefinition definition = existing != null ? existing : newDefinition(scores);
		Long editionId = repository.editionId(year, scores.block()).orElse(null);
		int current = editionId == null ? 0 : versions.currentNumber(editionId);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		List<InputProblem> problems = new ArrayList<>();
		if (current > 0 && why == null) {
			problems.add(InputProblem.field("reason",
					"Kỳ DDCI " + year + " (" + IndexService.blockName(scores.block()) + ") đã có kết quả (phiên bản "
							+ current + "): hãy ghi lý do công bố kết quả mới; kết quả hiện có được giữ làm phiên bản "
							+ current));
		}
		if (why != null && !ResultFileParser.fits(why.replace('\n', ' ').replace('\r', ' '), REASON_MAX)) {
			problems.add(InputProblem.field("reason", "Lý do dài quá " + REASON_MAX + " ký tự"));
		}
		String source = scores.source() == null || scores.source().isBlank() ? null : scores.source().strip();
		if (source != null && !ResultFileParser.fits(source, SOURCE_MAX)) {
			problems.add(InputProblem.field("source", "Nguồn kết quả dài quá " + SOURCE_MAX + " ký tự"));
		}
		// New units are added below: nobody else adds units to the block meanwhile.
		repository.lockUnits(scores.block());
		Set<String> known = repository.unitCodes(scores.block());
		List<ScoredResult> results = new ScoredEditionCheck(scores, definition, existing != null, known, problems)
			.results();
		if (!problems.isEmpty()) {
			throw new BadInputException(problems);
		}

		if (existing == null) {
			definitions.saveDefinition(definition);
			editionId = repository.editionId(year, scores.block()).orElseThrow();
		}
		ResultTable before = new ResultTable(definition);
		repository.resultUnits(editionId, unit -> true, before);
		int number = current + 1;
		if (current > 0) {
			versions.keepCurrent(editionId, current, user.getUsername());
		}
		List<AssessedUnit> newUnits = new ArrayList<>();
		for (ScoredUnit unit : scores.units()) {
			String code = code(unit);
			if (!known.contains(code)) {
				newUnits.add(new AssessedUnit(code, unit.name().strip(), scores.block(), null));
			}
		}
		repository.saveNewUnits(scores.block(), newUnits);
		versions.replaceResults(editionId, results);
		versions.setCurrent(editionId, number, source, why, user.getUsername(), scores.illustrative());
		if (repository.editions()
			.stream()
			.noneMatch(e -> e.year() == year && e.block() == scores.block() && e.published())) {
			repository.setPublication(editionId, user.getUsername());
		}
		cache.resultsChanged(year, scores.block());

		ResultTable after = new ResultTable(definition);
		results.forEach(r -> after.add(r.unitCode(), aligned(definition, r), r.total(), r.rank()));
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("version", current);
		was.put("results", before.asMap());
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("version", number);
		now.put("source", source);
		now.put("reason", why);
		now.put("illustrative", scores.illustrative());
		now.put("newUnits", newUnits.stream().map(AssessedUnit::code).toList());
		now.put("respondents", respondents(results));
		now.put("results", after.asMap());
		audit.record(IndexAuditKind.EDITION, year + "-" + scores.block(),
				current == 0 ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE, was, now, null);
		return number;
	}

	/**
	 * Runs {@code change} as {@code user}: a scoring run publishes from a background job
	 * on behalf of whoever asked, and the audit trail names that user, not "system".
	 */
	private static <T> T asActor(CurrentUser user, Supplier<T> change) {
		if (CurrentUsers.current().map(u -> u.getUsername().equals(user.getUsername())).orElse(false)) {
			return change.get();
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext actor = SecurityContextHolder.createEmptyContext();
		actor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(actor);
		try {
			return change.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The default DDCI definition with the scores' components, in their order (names from
	 * the default where the codes match it), named after the survey.
	 */
	static EditionDefinition newDefinition(ScoredEdition scores) {
		String name = "DDCI " + scores.year() + " – " + IndexService.blockName(scores.block()) + " (từ khảo sát)";
		EditionDefinition standard = EditionDefinition.ddciDefault(scores.year(), scores.block(), name,
				scores.illustrative());
		List<ComponentDef> components = new ArrayList<>();
		List<String> codes = scores.componentCodes() == null ? List.of() : scores.componentCodes();
		for (String given : codes) {
			String code = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
			int index = standard.componentIndex(code);
			ComponentDef known = index < 0 ? null : standard.components().get(index);
			components.add(known != null ? new ComponentDef(known.code(), known.nameVi(), known.nameEn(),
					components.size() + 1, known.weight())
					: new ComponentDef(code, code, code, components.size() + 1, 1.0));
		}
		return standard.withComponents(components);
	}

	static String code(ScoredUnit unit) {
		return unit.code() == null ? "" : unit.code().strip().toUpperCase(Locale.ROOT);
	}

	private static Double[] aligned(EditionDefinition definition, ScoredResult result) {
		Double[] scores = new Double[definition.components().size()];
		for (int i = 0; i < result.codes().size(); i++) {
			scores[definition.componentIndex(result.codes().get(i))] = result.scores().get(i);
		}
		return scores;
	}

	private static Map<String, Integer> respondents(List<ScoredResult> results) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		results.forEach(r -> counts.put(r.unitCode(), r.respondents()));
		return counts;
	}

	/**
	 * Every problem of the scores against the edition they go into, each saying which
	 * unit and what; and the results as they will be written.
	 */
	static final class ScoredEditionCheck {

		private final ScoredEdition scores;

		private final EditionDefinition definition;

		private final List<InputProblem> problems;

		private final Set<String> knownUnits;

		/** Position in the definition of each of the scores' components. */
		private final int[] columns;

		ScoredEditionCheck(ScoredEdition scores, EditionDefinition definition, boolean defined, Set<String> knownUnits,
				List<InputProblem> problems) {
			this.scores = scores;
			this.definition = definition;
			this.problems = problems;
			this.knownUnits = knownUnits;
			List<String> codes = scores.componentCodes() == null ? List.of() : scores.componentCodes();
			this.columns = new int[codes.size()];
			Set<Integer> seen = new HashSet<>();
			for (int i = 0; i < codes.size(); i++) {
				columns[i] = codes.get(i) == null ? -1 : definition.componentIndex(codes.get(i).strip());
				if (columns[i] < 0 || !seen.add(columns[i])) {
					columns[i] = -1;
				}
			}
			if (codes.isEmpty()) {
				problems.add(InputProblem.field("componentCodes", "Kết quả không có chỉ số thành phần nào"));
			}
			else if (seen.size() != codes.size() || (defined && seen.size() != definition.components().size())) {
				problems.add(InputProblem.field("componentCodes",
						"Các chỉ số thành phần của kết quả ("
								+ String.join(", ", codes.stream().map(String::valueOf).toList())
								+ ") không khớp với kỳ " + scores.year() + " ("
								+ String.join(", ", definition.components().stream().map(ComponentDef::code).toList())
								+ "): mỗi chỉ số của kỳ phải có đúng một cột"));
			}
		}

		List<ScoredResult> results() {
			List<ScoredUnit> units = scores.units() == null ? List.of() : scores.units();
			if (units.isEmpty()) {
				problems.add(InputProblem.field("units", "Kết quả không có đơn vị nào"));
			}
			if (!problems.isEmpty()) {
				return List.of();
			}
			long rankedCount = units.stream().filter(u -> u != null && u.ranked()).count();
			WeightedTotal weighted = WeightedTotal.of(definition.weights());
			Set<String> seen = new HashSet<>();
			List<ScoredResult> results = new ArrayList<>();
			for (ScoredUnit unit : units) {
				if (unit == null) {
					continue;
				}
				ScoredResult result = check(unit, seen, rankedCount, weighted);
				if (result != null) {
					results.add(result);
				}
			}
			return results;
		}

		private ScoredResult check(ScoredUnit unit, Set<String> seen, long rankedCount, WeightedTotal weighted) {
			String code = code(unit);
			String where = "units." + (code.isEmpty() ? "?" : code);
			int before = problems.size();
			if (code.isEmpty() || !ResultFileParser.fits(code, EditionDefinition.CODE_MAX)) {
				problems.add(InputProblem.field(where, "Mã đơn vị \"" + code + "\" phải có 1–"
						+ EditionDefinition.CODE_MAX + " ký tự, không có ký tự điều khiển"));
			}
			else if (!seen.add(code)) {
				problems.add(InputProblem.field(where, "Đơn vị " + code + " có hai lần trong kết quả"));
			}
			String name = unit.name() == null ? "" : unit.name().strip();
			if (!knownUnits.contains(code)
					&& (name.isEmpty() || !ResultFileParser.fits(name, EditionDefinition.NAME_MAX))) {
				problems.add(InputProblem.field(where, "Đơn vị mới " + code + " cần tên (1–"
						+ EditionDefinition.NAME_MAX + " ký tự) để được thêm vào khối"));
			}
			if (unit.responses() < 0) {
				problems.add(InputProblem.field(where, "Số phiếu của đơn vị " + code + " không thể âm"));
			}
			List<Double> given = unit.components() == null ? List.of() : unit.components();
			if (given.size() != columns.length) {
				problems.add(InputProblem.field(where, "Đơn vị " + code + " có " + given.size()
						+ " điểm chỉ số thành phần, kết quả có " + columns.length + " chỉ số"));
				return null;
			}
			if (unit.componentIntervals() != null && unit.componentIntervals().size() != columns.length) {
				problems.add(InputProblem.field(where, "Đơn vị " + code + " có " + unit.componentIntervals().size()
						+ " khoảng tin cậy chỉ số thành phần, kết quả có " + columns.length + " chỉ số"));
				return null;
			}
			double[] inEdition = new double[definition.components().size()];
			java.util.Arrays.fill(inEdition, Double.NaN);
			for (int i = 0; i < columns.length; i++) {
				Double score = given.get(i);
				if (score != null && (Double.isNaN(score) || !ScoreRules.isScore(score))) {
					problems.add(InputProblem.field(where, "Điểm " + scores.componentCodes().get(i) + " của đơn vị "
							+ code + " (" + score + ") nằm ngoài khoảng " + ScoreRules.scoreRange()));
				}
				else if (score != null) {
					inEdition[columns[i]] = score;
				}
				checkInterval(where, code + " — " + scores.componentCodes().get(i),
						unit.componentIntervals() == null ? null : unit.componentIntervals().get(i));
			}
			checkTotal(unit, where, code, weighted.total(inEdition));
			checkRank(unit, where, code, rankedCount);
			checkInterval(where, code + " — điểm tổng hợp", unit.totalInterval());
			checkInterval(where, code + " — thứ hạng", unit.rankInterval());
			return problems.size() > before ? null : result(unit, code, inEdition);
		}

		/**
		 * The given total must be the one the edition's weights compute from the scores.
		 */
		private void checkTotal(ScoredUnit unit, String where, String code, double computed) {
			Double total = unit.total();
			if (total == null) {
				if (unit.ranked()) {
					problems
						.add(InputProblem.field(where, "Đơn vị " + code + " được xếp hạng nhưng thiếu điểm tổng hợp"));
				}
			}
			else if (Double.isNaN(total) || !ScoreRules.isTotal(total)) {
				problems.add(InputProblem.field(where, "Điểm tổng hợp " + total + " của đơn vị " + code
						+ " nằm ngoài khoảng " + ScoreRules.totalRange()));
			}
			else if (Double.isNaN(computed) || Math.abs(computed - total) > TOTAL_TOLERANCE) {
				problems.add(InputProblem.field(where,
						"Điểm tổng hợp " + total + " của đơn vị " + code
								+ " khác điểm tính từ các chỉ số thành phần theo trọng số của kỳ ("
								+ (Double.isNaN(computed) ? "không có điểm" : String.valueOf(computed))
								+ "): kết quả không được tính với định nghĩa của kỳ " + scores.year()));
			}
		}

		private void checkRank(ScoredUnit unit, String where, String code, long rankedCount) {
			if (!unit.ranked() && unit.rank() != null) {
				problems.add(InputProblem.field(where, "Đơn vị " + code
						+ " không đủ số phiếu tối thiểu nên không có thứ hạng, nhưng kết quả ghi hạng " + unit.rank()));
			}
			else if (unit.ranked() && (unit.rank() == null || !ScoreRules.isRank(unit.rank(), (int) rankedCount))) {
				problems.add(InputProblem.field(where, "Thứ hạng của đơn vị " + code + " phải từ 1 đến " + rankedCount
						+ " (số đơn vị được xếp hạng)" + (unit.rank() == null ? ", kết quả không ghi hạng" : "")));
			}
		}

		private void checkInterval(String where, String what, Interval interval) {
			if (interval != null && (Double.isNaN(interval.low()) || Double.isNaN(interval.high())
					|| interval.low() > interval.high())) {
				problems.add(InputProblem.field(where, "Khoảng tin cậy của " + what + " không hợp lệ (" + interval.low()
						+ "–" + interval.high() + ")"));
			}
		}

		/** The unit's row: scores and intervals in the edition's component order. */
		private ScoredResult result(ScoredUnit unit, String code, double[] inEdition) {
			List<String> codes = new ArrayList<>();
			List<Double> stored = new ArrayList<>();
			List<Double> lows = unit.componentIntervals() == null ? null : new ArrayList<>();
			List<Double> highs = unit.componentIntervals() == null ? null : new ArrayList<>();
			for (int column = 0; column < inEdition.length; column++) {
				if (Double.isNaN(inEdition[column])) {
					continue;
				}
				codes.add(definition.components().get(column).code());
				stored.add(round(inEdition[column]));
				if (lows != null) {
					Interval interval = unit.componentIntervals().get(given(column));
					lows.add(interval == null ? null : interval.low());
					highs.add(interval == null ? null : interval.high());
				}
			}
			return new ScoredResult(code, unit.total() == null ? null : round(unit.total()),
					unit.ranked() ? unit.rank() : null, unit.ranked(), unit.responses(), codes, stored, lows, highs,
					unit.totalInterval(), unit.rankInterval());
		}

		/** Where the scores give the edition's component {@code column}. */
		private int given(int column) {
			for (int i = 0; i < columns.length; i++) {
				if (columns[i] == column) {
					return i;
				}
			}
			throw new IllegalStateException("No score column for component " + column);
		}

		private static double round(double value) {
			return Rounding.halfUp(value, Rounding.PUBLISHED_SCALE);
		}

	}

}
