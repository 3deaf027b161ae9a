package vn.ddcihub.operations.dossier;

import java.time.LocalDateTime;

/**
 * A dossier returned after its appointment date, or still open past it: how many days
 * late (calendar days, to today when open) and whether the apology slip was issued.
 */
public record LateDossier(String code, String procedureCode, String procedureName, String unitName, Channel channel,
		LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime returnedAt, int daysLate, Boolean apologySlip) {

	public boolean open() {
		return returnedAt == null;
	}

}
