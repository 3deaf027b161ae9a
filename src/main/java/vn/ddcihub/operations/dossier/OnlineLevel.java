package vn.ddcihub.operations.dossier;

/**
 * How far a procedure is offered online: not at all, partly (một phần: submitted online,
 * result fetched in person) or fully (toàn trình).
 */
public enum OnlineLevel {

	NONE, PARTLY, FULLY;

	public String messageKey() {
		return "dossiers.online." + name();
	}

}
