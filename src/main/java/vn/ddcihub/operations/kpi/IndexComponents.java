package vn.ddcihub.operations.kpi;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.ComponentRef;

/**
 * The components KPIs are mapped to: those of the organisation's block in the edition of
 * the year, or of the latest edition before it (a year's KPIs come before its survey).
 */
@Component
public class IndexComponents {

	private final IndexApi index;

	IndexComponents(IndexApi index) {
		this.index = index;
	}

	public List<ComponentRef> of(long organisationId, int year) {
		Block block = index.assessedUnitOf(organisationId)
			.map(IndexApi.AssessedUnitRef::block)
			.orElse(Block.DEPARTMENT);
		Optional<Integer> edition = index.editionYears(block).stream().filter(y -> y <= year).findFirst();
		if (edition.isEmpty()) {
			edition = index.editionYears(block).stream().reduce((first, last) -> last);
		}
		return edition.map(y -> index.components(y, block)).orElse(List.of());
	}

}
