package vn.ddcihub.operations.dialogue;

/**
 * Where a follow-up action stands: open, in progress, done, or not feasible (with the
 * reason). Done and not feasible close it.
 */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, NOT_FEASIBLE;

	public boolean closed() {
		return this == DONE || this == NOT_FEASIBLE;
	}

}
