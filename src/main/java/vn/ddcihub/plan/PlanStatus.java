package vn.ddcihub.plan;

/**
 * A plan is drafted (dự thảo, or a revision of an issued plan) until issued (ban hành);
 * issued versions are locked.
 */
public enum PlanStatus {

	DRAFT, ISSUED

}
