package vn.ddcihub.plan;

/**
 * Where a plan or its open revision stands: drafted by the Office (dự thảo), submitted to
 * the director (trình), returned with a comment (trả lại), or issued (ban hành) by the
 * director. Only an issued version is the plan in force; issued versions are locked.
 */
public enum PlanStatus {

	DRAFT, SUBMITTED, RETURNED, ISSUED;

	/** The Office may still change it: a draft or a returned revision. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
