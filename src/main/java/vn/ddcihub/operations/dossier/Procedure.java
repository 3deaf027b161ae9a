package vn.ddcihub.operations.dossier;

/**
 * An administrative procedure of the catalogue (thủ tục hành chính): its statutory time
 * limit and the reduced limit the organisation commits to (the 30 % cut of procedures
 * longer than 3 days), in working days, how far it is offered online and its fees.
 */
public record Procedure(long id, long organisationId, String code, String name, String field, int statutoryDays,
		Integer reducedDays, OnlineLevel onlineLevel, String fees, boolean illustrative) {

	/** The default reduced limit: 30 % off, rounded down, for procedures over 3 days. */
	public static int defaultReducedDays(int statutoryDays) {
		return statutoryDays > 3 ? statutoryDays * 7 / 10 : statutoryDays;
	}

	/** The limit in force: the reduced one when set. */
	public int effectiveDays() {
		return reducedDays != null ? reducedDays : statutoryDays;
	}

}
