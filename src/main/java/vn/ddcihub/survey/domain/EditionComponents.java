package vn.ddcihub.survey.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.IndexApi;
import vn.ddcihub.index.IndexApi.ComponentRef;

/**
 * The components (chỉ số thành phần) a questionnaire's indicators count in, from the
 * index door. A survey runs before its edition has results, often before the edition is
 * defined: then the block's latest earlier edition stands in, as the scored edition will
 * be defined like it.
 */
@Component
class EditionComponents {

	private final IndexApi index;

	EditionComponents(IndexApi index) {
		this.index = index;
	}

	List<ComponentRef> of(int year, Block block) {
		List<ComponentRef> own = index.components(year, block);
		if (!own.isEmpty()) {
			return own;
		}
		return index.editionYears(block)
			.stream()
			.filter(y -> y < year)
			.findFirst()
			.map(y -> index.components(y, block))
			.orElse(List.of());
	}

}
