package vn.ddcihub.org;

/**
 * A department, district or province body (cơ quan, đơn vị) using or related to DDCI Hub.
 */
public record Organisation(Long id, String code, String name, String shortName, OrganisationKind kind,
		String parentName, boolean active) {
}
