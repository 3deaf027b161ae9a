package vn.ddcihub.org;

/**
 * What a user may do. ADMIN runs the installation; LEADER (Ban lãnh đạo), COORDINATOR
 * (Văn phòng) and UNIT_STAFF act within one organisation; VIEWER reads across
 * organisations (e.g. Sở KH&ĐT).
 */
public enum Role {

	ADMIN, LEADER, COORDINATOR, UNIT_STAFF, VIEWER

}
