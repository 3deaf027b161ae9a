package vn.ddcihub.survey.web;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.index.Block;
import vn.ddcihub.shared.Label;

/** The edition an XLSForm file is imported into. */
record XlsFormImportForm(
		@Label("survey.field.year") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer year,
		@Label("survey.field.block") @NotNull(message = "{validation.choose}") Block block) {
}
