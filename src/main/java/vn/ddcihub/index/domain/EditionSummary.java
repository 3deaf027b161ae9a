package vn.ddcihub.index.domain;

import vn.ddcihub.index.Block;

/**
 * An edition in the list of editions: year, block, name, number of components and of
 * units with results.
 */
public record EditionSummary(int year, Block block, String name, boolean illustrative, int componentCount,
		int unitCount) {
}
