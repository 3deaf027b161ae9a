package vn.ddcihub.plan.domain;

import vn.ddcihub.plan.PlanStatus;

/**
 * Where the plan's current revision stands in its approval, and the version in force
 * while it is not issued: "Bản sửa đổi lần N — chưa ban hành; bản có hiệu lực: lần N−1
 * ngày …".
 *
 * @param inForce the latest issued version, null when none was issued yet
 * @param reviewComment the director's comment when the revision was returned, else empty
 */
public record RevisionState(PlanStatus status, int revision, PlanVersion inForce, String reviewComment) {

	/**
	 * The plan shown is a revision not yet issued while an earlier version is in force.
	 */
	public boolean pendingRevision() {
		return status != PlanStatus.ISSUED && inForce != null;
	}

}
