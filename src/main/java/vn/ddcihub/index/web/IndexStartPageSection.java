package vn.ddcihub.index.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.UnitStanding;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.web.Page;
import vn.ddcihub.web.StartPageCard;
import vn.ddcihub.web.StartPageCard.Figure;
import vn.ddcihub.web.StartPageCard.Link;
import vn.ddcihub.web.StartPageSection;

/**
 * Where the user's organisation stands in the newest edition of its block, when it is an
 * assessed unit.
 */
@Component
class IndexStartPageSection implements StartPageSection {

	private final IndexService index;

	IndexStartPageSection(IndexService index) {
		this.index = index;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<StartPageCard> cards(CurrentUser user, Page page) {
		return standing(user)
			.map(standing -> List
				.of(card(standing, index.results(standing.year(), standing.block()).illustrative(), page)))
			.orElse(List.of());
	}

	private Optional<UnitStanding> standing(CurrentUser user) {
		if (user.organisationId() == null) {
			return Optional.empty();
		}
		return index.assessedUnitOf(user.organisationId())
			.flatMap(unit -> index.editionYears(unit.block())
				.stream()
				.findFirst()
				.flatMap(year -> index.standing(year, unit.block(), unit.code())));
	}

	/**
	 * The median and what is measured against it come from the peers' scores, so they say
	 * so when those are illustrative.
	 */
	private static StartPageCard card(UnitStanding standing, boolean illustrative, Page page) {
		long belowMedian = standing.components().stream().filter(IndexApi.ComponentStanding::belowMedian).count();
		List<Figure> figures = List.of(
				new Figure(page.t("index.home.total"), page.score(standing.total()),
						page.t(illustrative ? "index.home.medianIllustrative" : "index.home.median",
								page.score(standing.totalMedian()))),
				new Figure(page.t("index.home.rank"), standing.totalRank() + "/" + standing.unitCount(), null),
				new Figure(page.t("index.home.belowMedian"), belowMedian + "/" + standing.components().size(),
						illustrative ? page.t("index.illustrativeShort") : null));
		return new StartPageCard("standing", page.t("index.home.standing", String.valueOf(standing.year())), figures,
				List.of(), null,
				new Link(page.t("index.home.profile"), "/index/" + standing.year() + "/units/" + standing.unitCode()),
				true);
	}

}
