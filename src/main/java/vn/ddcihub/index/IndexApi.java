package vn.ddcihub.index;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

import vn.ddcihub.index.domain.IndexView;

/**
 * What other capabilities (plans, reports) may ask of the index: where a unit stands in
 * an edition, which assessed unit an organisation is, and whether a set of component
 * targets meets a total goal.
 */
public interface IndexApi {

	/** Years with results for the block, newest first. */
	List<Integer> editionYears(Block block);

	/**
	 * The assessed units of a block (every unit that has ever been in one of its
	 * editions), by code.
	 */
	List<AssessedUnitRef> assessedUnits(Block block);

	/** The assessed unit (e.g. STNMT) linked to a DDCI Hub organisation, if any. */
	Optional<AssessedUnitRef> assessedUnitOf(long organisationId);

	/**
	 * The assessed units linked to the given organisations, by organisation id, in one
	 * query; organisations without one are left out.
	 */
	Map<Long, AssessedUnitRef> assessedUnitsOf(Collection<Long> organisationIds);

	/**
	 * The codes of the components an edition defines, in their order; empty when the
	 * edition is not defined.
	 */
	List<String> componentCodes(int year, Block block);

	/**
	 * The components an edition defines, in their order, with their names; empty when the
	 * edition is not defined.
	 */
	List<ComponentRef> components(int year, Block block);

	/**
	 * Whether the user runs the ranking (changes editions and results): ADMIN and a
	 * COORDINATOR of a province body; what depends on the index (its surveys) follows the
	 * same rule.
	 */
	boolean canWrite(vn.ddcihub.org.CurrentUser user);

	/** A unit's scores, ranks, medians and gaps in one edition. */
	Optional<UnitStanding> standing(int year, Block block, String unitCode);

	/**
	 * The total implied by component targets under the edition's weights (missing
	 * components keep the unit's score in that edition), and whether it reaches
	 * {@code goalTotal}.
	 */
	TargetCheck checkTargets(int year, Block block, String unitCode, Map<String, Double> componentTargets,
			double goalTotal);

	/**
	 * Editions published for the public (and having results), by block, newest first;
	 * nothing unpublished is ever answered here.
	 */
	List<PublishedEdition> publishedEditions();

	/** The league table of a published edition; empty when it is not published. */
	Optional<PublishedLeague> publishedLeague(int year, Block block);

	/**
	 * Publishes the scores of a scoring run into the edition ({@code year},
	 * {@code block}): the edition is defined from the components given when it is not
	 * yet, its results are replaced by the scores (units added where new), the respondent
	 * counts and 90 % intervals are kept with them, and the edition is published. When
	 * the edition already had results, {@code reason} is required and the earlier results
	 * are kept as a version. Audited; ADMIN or COORDINATOR of a province body
	 * ({@link #canWrite}).
	 * @return the version number of the results now published (1 for the first)
	 * @throws vn.ddcihub.shared.BadInputException when a reason is needed and missing, or
	 * the scores do not fit the edition
	 */
	int publishScores(ScoredEdition scores, String reason, vn.ddcihub.org.CurrentUser user);

	/**
	 * Scores computed from a survey (by a scoring run) for one edition.
	 *
	 * @param componentCodes the components in the order of each unit's scores
	 * @param source what produced them, shown with the edition (e.g. "Lượt chấm điểm số
	 * 12")
	 * @param illustrative the survey's data are illustrative (dữ liệu minh họa): the
	 * edition is labelled so wherever it shows
	 */
	record ScoredEdition(int year, Block block, List<String> componentCodes, List<ScoredUnit> units, String source,
			boolean illustrative) {

		/** Scores of a real survey (not illustrative). */
		public ScoredEdition(int year, Block block, List<String> componentCodes, List<ScoredUnit> units,
				String source) {
			this(year, block, componentCodes, units, source, false);
		}
	}

	/**
	 * One unit's scores from a survey; a unit with too few responses is not ranked (its
	 * scores may be null).
	 *
	 * @param components component scores 1–10 (null where missing), in
	 * {@link ScoredEdition#componentCodes} order
	 * @param componentIntervals their 90 % bootstrap intervals (null when not computed)
	 * @param rankInterval the 90 % interval of the total rank (as low = best rank)
	 */
	record ScoredUnit(String code, String name, int responses, boolean ranked, List<Double> components, Double total,
			Integer rank, List<Interval> componentIntervals, Interval totalInterval, Interval rankInterval) {
	}

	/** A 90 % interval (khoảng tin cậy 90 %). */
	record Interval(double low, double high) {

		/** Whether two intervals share a point: the units cannot be told apart. */
		public boolean overlaps(Interval other) {
			return low <= other.high && other.low <= high;
		}
	}

	record PublishedEdition(int year, Block block, String name, boolean illustrative, OffsetDateTime publishedAt,
			int unitCount) {
	}

	/**
	 * A published league table: the rows in rank order, and per component the block
	 * median and best score (null where nobody has a score).
	 */
	record PublishedLeague(PublishedEdition edition, List<PublishedComponent> components, List<PublishedRow> rows,
			List<Double> medians, List<Double> best, Double totalMedian) {

		public Optional<PublishedRow> row(String unitCode) {
			return rows.stream().filter(r -> r.code().equalsIgnoreCase(unitCode)).findFirst();
		}

		/** Whether any row has a respondent count (results published from a survey). */
		public boolean hasResponses() {
			return rows.stream().anyMatch(r -> r.responses() != null);
		}

		/** Whether any row has a 90 % interval of its total. */
		public boolean hasIntervals() {
			return rows.stream().anyMatch(r -> r.totalInterval() != null);
		}

		/** Neighbours that cannot be told apart ({@link IntervalGroups}). */
		public List<List<PublishedRow>> indistinctGroups() {
			return IntervalGroups.of(rows.stream().filter(r -> r.rank() > 0).toList(), PublishedRow::totalInterval);
		}
	}

	record PublishedComponent(String code, String nameVi, String nameEn, double weight) {
	}

	/**
	 * One unit's line: scores in the order of the components; the band's label. From a
	 * survey also the number of respondents and the 90 % intervals (null when none); a
	 * unit below the minimum number of responses has rank 0 and no band.
	 */
	record PublishedRow(int rank, String code, String name, List<Double> scores, Double total, String band,
			Integer responses, Interval totalInterval, Interval rankInterval, List<Interval> componentIntervals) {

		/** Whether the unit is ranked. */
		public boolean ranked() {
			return rank > 0;
		}

		/** The band as named in the reader's language (the label where none is). */
		public MessageSourceResolvable bandName() {
			return IndexView.bandName(band);
		}

		public String bandClass() {
			return IndexView.bandClass(band);
		}
	}

	/** A component with its relative weight in the total. */
	record ComponentRef(String code, String nameVi, String nameEn, int order, double weight) {
	}

	record AssessedUnitRef(String code, String name, Block block) {
	}

	/**
	 * @param illustrative the edition's peer data are illustrative (dữ liệu minh họa), so
	 * are the ranks, medians and scores needed computed from them
	 */
	record UnitStanding(int year, Block block, String unitCode, String unitName, int unitCount, double total,
			int totalRank, double totalMedian, List<ComponentStanding> components, boolean illustrative) {
	}

	/**
	 * @param scoreForTop10 the score that reaches rank ≤ 10 in this component against the
	 * other units
	 */
	record ComponentStanding(String code, String nameVi, String nameEn, int order, double weight, double score,
			int rank, double median, boolean belowMedian, double scoreForTop10) {
	}

	record TargetCheck(double impliedTotal, double goalTotal, boolean meetsGoal) {
	}

}
