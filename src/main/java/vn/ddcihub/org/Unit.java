package vn.ddcihub.org;

/**
 * A unit (phòng, đơn vị trực thuộc) inside an organisation; units form a hierarchy
 * through parentId.
 */
public record Unit(Long id, Long organisationId, Long parentId, String code, String name, String email, String phone,
		String headName, int sortOrder, boolean active) {
}
