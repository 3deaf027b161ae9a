package vn.ddcihub.operations.dossier;

/**
 * The dossiers of one unit, procedure, field, channel or month: handled early, on time
 * and late; still open past their appointment date; open and not yet due; late ones with
 * an apology slip; received online; days taken by the handled ones.
 */
public record AnalyticsRow(String key, String label, long early, long onTime, long late, long openOverdue,
		long openInTime, long apologySlips, long online, long daysTotal) {

	public long handled() {
		return early + onTime + late;
	}

	public long total() {
		return handled() + openOverdue + openInTime;
	}

	/**
	 * Decision 766/QĐ-TTg on-time handling: (early + on time) / (handled + open past
	 * their date) × 100; null without any such dossier.
	 */
	public Double onTimeRate() {
		long base = handled() + openOverdue;
		return base == 0 ? null : 100.0 * (early + onTime) / base;
	}

	public Double earlyRate() {
		return rate(early, handled() + openOverdue);
	}

	public Double lateRate() {
		return rate(late + openOverdue, handled() + openOverdue);
	}

	public Double onlineShare() {
		return rate(online, total());
	}

	public Double averageDays() {
		return handled() == 0 ? null : (double) daysTotal / handled();
	}

	/** Late dossiers (handled) that have an apology slip, in percent. */
	public Double apologyRate() {
		return rate(apologySlips, late);
	}

	/** The sum of two rows, named as the first (a total of rows). */
	public static AnalyticsRow plusRow(AnalyticsRow one, AnalyticsRow other) {
		return one.plus(other);
	}

	/** A row of nothing. */
	public static AnalyticsRow zero() {
		return empty("", "");
	}

	AnalyticsRow plus(AnalyticsRow other) {
		return new AnalyticsRow(key, label, early + other.early, onTime + other.onTime, late + other.late,
				openOverdue + other.openOverdue, openInTime + other.openInTime, apologySlips + other.apologySlips,
				online + other.online, daysTotal + other.daysTotal);
	}

	AnalyticsRow named(String newKey, String newLabel) {
		return new AnalyticsRow(newKey, newLabel, early, onTime, late, openOverdue, openInTime, apologySlips, online,
				daysTotal);
	}

	static AnalyticsRow empty(String key, String label) {
		return new AnalyticsRow(key, label, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	private static Double rate(long part, long base) {
		return base == 0 ? null : 100.0 * part / base;
	}

}
