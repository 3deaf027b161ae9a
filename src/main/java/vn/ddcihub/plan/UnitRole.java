package vn.ddcihub.plan;

/** A unit's part in a task or a target: it leads (chủ trì) or coordinates (phối hợp). */
public enum UnitRole {

	LEAD, COORDINATING

}
