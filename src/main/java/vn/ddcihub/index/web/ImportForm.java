package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.index.Block;
import vn.ddcihub.shared.Label;

/**
 * The results import page (nhập kết quả): edition year and block, and whether unknown
 * units are added.
 */
record ImportForm(
		@Label("index.year") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer year,
		@Label("index.block") Block block, @Label("index.import.createUnits") Boolean createUnits) {
}
