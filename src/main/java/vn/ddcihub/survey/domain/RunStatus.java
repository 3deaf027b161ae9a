package vn.ddcihub.survey.domain;

/** Where a scoring run stands (trạng thái lượt chấm điểm). */
public enum RunStatus {

	/** Waiting for a node to pick its job. */
	QUEUED,
	/** A node is computing it. */
	RUNNING,
	/** Finished with a result. */
	DONE,
	/** Stopped by an error, with its message. */
	FAILED,
	/** Stopped at its user's request. */
	CANCELLED;

	/** Whether the run will not change any more. */
	public boolean finished() {
		return this == DONE || this == FAILED || this == CANCELLED;
	}

}
