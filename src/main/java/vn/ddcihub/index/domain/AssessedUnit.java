package vn.ddcihub.index.domain;

import vn.ddcihub.index.Block;

/**
 * An assessed unit (đơn vị được đánh giá) of a block, linked to its DDCI Hub organisation
 * when it uses the system.
 */
public record AssessedUnit(String code, String name, Block block, Long organisationId) {
}
