package vn.ddcihub.portal.domain;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.index.IndexApi.PublishedComponent;
import vn.ddcihub.index.IndexApi.PublishedLeague;
import vn.ddcihub.index.IndexApi.PublishedRow;

/**
 * A unit's public profile in a published edition: each component's score against the
 * block median and best score, and the unit's trend over the published editions of its
 * block up to this one. Its JSON is the shape the index pages' radar and trend charts
 * draw ({@code /js/index.js}).
 */
public record PublicProfile(PublishedLeague league, PublishedRow unit, List<ComponentScore> components,
		List<TrendPoint> trend) {

	public record ComponentScore(String code, String nameVi, String nameEn, Double score, Double median, Double best) {

		/** Score − median, null when either is missing. */
		public Double gapToMedian() {
			return score == null || median == null ? null : score - median;
		}
	}

	public record TrendPoint(int year, Double total, int rank, int unitCount) {
	}

	/**
	 * The profile of {@code unit} in {@code league}; {@code published} are the published
	 * leagues of the same block, any order.
	 */
	public static PublicProfile of(PublishedLeague league, PublishedRow unit, List<PublishedLeague> published) {
		List<ComponentScore> components = new ArrayList<>();
		for (int c = 0; c < league.components().size(); c++) {
			PublishedComponent component = league.components().get(c);
			components.add(new ComponentScore(component.code(), component.nameVi(), component.nameEn(),
					unit.scores().get(c), league.medians().get(c), league.best().get(c)));
		}
		List<TrendPoint> trend = published.stream()
			.filter(other -> other.edition().year() <= league.edition().year())
			.sorted(java.util.Comparator.comparingInt(other -> other.edition().year()))
			.flatMap(other -> other.row(unit.code())
				.map(row -> new TrendPoint(other.edition().year(), row.total(), row.rank(),
						(int) other.rows().stream().filter(PublishedRow::ranked).count()))
				.stream())
			.toList();
		return new PublicProfile(league, unit, components, trend);
	}

}
