package vn.ddcihub.operations.dossier;

/**
 * Where a dossier import stands: uploaded (being mapped and previewed), queued and
 * running as a background job, then done, rejected (bad rows: nothing changed), failed,
 * or cancelled.
 */
public enum ImportStatus {

	UPLOADED, QUEUED, RUNNING, DONE, REJECTED, FAILED, CANCELLED;

	public boolean finished() {
		return this == DONE || this == REJECTED || this == FAILED || this == CANCELLED;
	}

	public boolean working() {
		return this == QUEUED || this == RUNNING;
	}

	public String messageKey() {
		return "dossiers.import.status." + name();
	}

}
