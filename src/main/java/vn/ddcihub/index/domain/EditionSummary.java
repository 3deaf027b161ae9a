package vn.ddcihub.index.domain;

import java.time.OffsetDateTime;

import vn.ddcihub.index.Block;

/**
 * An edition in the list of editions: year, block, name, number of components and of
 * units with results, and when and by whom it was published (null when it is not).
 */
public record EditionSummary(int year, Block block, String name, boolean illustrative, int componentCount,
		int unitCount, OffsetDateTime publishedAt, String publishedBy) {

	public boolean published() {
		return publishedAt != null;
	}

}
