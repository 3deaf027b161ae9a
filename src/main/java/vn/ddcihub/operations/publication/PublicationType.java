package vn.ddcihub.operations.publication;

/**
 * The kinds of document businesses look for on the department's portal; the label is the
 * message key {@code operations.publication.type.<NAME>}.
 */
public enum PublicationType {

	LAND_USE_PLAN, MINERAL_PLAN, WATER_PLAN, PROCEDURE, FEES, LEGAL, OTHER;

	public String labelKey() {
		return "operations.publication.type." + name();
	}

}
