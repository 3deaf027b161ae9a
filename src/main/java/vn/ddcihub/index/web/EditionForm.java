package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.EditionDefinition;
import vn.ddcihub.shared.Label;

/** A new edition (kỳ đánh giá) from the editions page: year, block and name. */
record EditionForm(
		@Label("index.year") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer year,
		@Label("index.block") @NotNull(message = "{validation.choose}") Block block,
		@Label("index.editions.name") @NotBlank(message = "{validation.required}") @Size(
				max = EditionDefinition.NAME_MAX, message = "{validation.tooLong}") String name) {
}
