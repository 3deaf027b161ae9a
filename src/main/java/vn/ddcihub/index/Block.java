package vn.ddcihub.index;

/**
 * The peer group a unit is ranked in (khối): departments (sở, ban, ngành) or districts
 * (huyện, thành phố).
 */
public enum Block {

	DEPARTMENT, DISTRICT

}
