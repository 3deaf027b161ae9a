package vn.ddcihub.survey;

/**
 * Direction of an indicator: thuận (THUAN, a higher value is better) or nghịch (NGHICH, a
 * lower value is better, e.g. days waited).
 */
public enum Polarity {

	THUAN, NGHICH

}
