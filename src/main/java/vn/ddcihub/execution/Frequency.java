package vn.ddcihub.execution;

/**
 * How often a reporting line is due: monthly (hàng tháng), quarterly (hàng quý) or yearly
 * (hàng năm, e.g. before 15/12).
 */
public enum Frequency {

	MONTHLY, QUARTERLY, YEARLY

}
