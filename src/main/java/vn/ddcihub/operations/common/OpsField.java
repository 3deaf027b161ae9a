package vn.ddcihub.operations.common;

import java.util.Optional;

/**
 * The fields (lĩnh vực) of a natural resources and environment department that questions,
 * petitions and publications are filed under; the label is the message key
 * {@code operations.field.<NAME>}.
 */
public enum OpsField {

	LAND, ENVIRONMENT, WATER, MINERALS, SURVEYING, CLIMATE, SEA_ISLANDS, OTHER;

	public String labelKey() {
		return "operations.field." + name();
	}

	/** The field named by {@code text} (its enum name), empty when none is. */
	public static Optional<OpsField> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		for (OpsField field : values()) {
			if (field.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}
