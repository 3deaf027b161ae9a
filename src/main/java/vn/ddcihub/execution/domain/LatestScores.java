package vn.ddcihub.execution.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.AssessedUnitRef;
import vn.ddcihub.index.IndexApi.UnitStanding;

/**
 * Where each organisation stands in the newest edition of its block: a fixed number of
 * queries for any number of organisations (the standings come from the index's results
 * cache).
 */
@Component
class LatestScores {

	private final IndexApi index;

	LatestScores(IndexApi index) {
		this.index = index;
	}

	/**
	 * By organisation id; organisations without an assessed unit or results are left out.
	 */
	Map<Long, UnitStanding> of(Collection<Long> organisationIds) {
		Map<Long, AssessedUnitRef> units = index.assessedUnitsOf(organisationIds);
		Map<Block, Optional<Integer>> newest = new HashMap<>();
		Map<Long, UnitStanding> standings = new HashMap<>();
		units.forEach((organisationId, unit) -> newest
			.computeIfAbsent(unit.block(), block -> index.editionYears(block).stream().findFirst())
			.flatMap(year -> index.standing(year, unit.block(), unit.code()))
			.ifPresent(standing -> standings.put(organisationId, standing)));
		return standings;
	}

	/** Component code → latest score. */
	static Map<String, Double> componentScores(UnitStanding standing) {
		Map<String, Double> scores = new HashMap<>();
		if (standing != null) {
			standing.components()
				.stream()
				.filter(c -> !Double.isNaN(c.score()))
				.forEach(c -> scores.put(c.code(), c.score()));
		}
		return scores;
	}

}
