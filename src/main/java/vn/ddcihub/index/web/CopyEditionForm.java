package vn.ddcihub.index.web;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.shared.Label;

/** The year an edition's definition is copied to. */
record CopyEditionForm(@Label("index.editions.toYear") @NotNull(message = "{validation.required}") @Range(min = 2000,
		max = 2100, message = "{validation.between}") Integer toYear) {
}
