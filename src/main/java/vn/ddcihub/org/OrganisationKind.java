package vn.ddcihub.org;

/**
 * Sở/ban/ngành, huyện/thành phố, province body (UBND tỉnh, Sở KH&ĐT…) or business
 * association.
 */
public enum OrganisationKind {

	DEPARTMENT, DISTRICT, PROVINCE_BODY, ASSOCIATION

}
