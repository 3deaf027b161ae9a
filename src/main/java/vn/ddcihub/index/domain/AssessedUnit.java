package vn.ddcihub.index.domain;

import jakarta.validation.constraints.Size;

import vn.ddcihub.index.Block;
import vn.ddcihub.shared.Label;

/**
 * An assessed unit (đơn vị được đánh giá) of a block, linked to its DDCI Hub organisation
 * when it uses the system.
 */
public record AssessedUnit(
		@Label("index.editions.code") @Size(max = EditionDefinition.CODE_MAX,
				message = "{validation.tooLong}") String code,
		@Label("index.units.name") @Size(max = EditionDefinition.NAME_MAX,
				message = "{validation.tooLong}") String name,
		Block block, Long organisationId) {
}
