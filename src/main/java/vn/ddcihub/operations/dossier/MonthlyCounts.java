package vn.ddcihub.operations.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The monthly rollup ({@code ops_dossier_month}) of the dossiers of one file, counted in
 * memory while it is parsed: a few thousand groups however long the file, so a first
 * import writes the rollup in one small COPY instead of a grouped pass over the rows it
 * has just stored. Counts exactly as {@link DossierRollup#rebuild}'s SQL does (dates
 * compared by day; the histogram in whole numbers).
 */
final class MonthlyCounts {

	/**
	 * A group: month of return, unit, procedure code and field ("" when none), channel.
	 */
	record Key(LocalDate month, String unitName, String procedureCode, String field, String channel) {
	}

	/** Offsets in a group's counters. */
	static final int EARLY = 0, ON_TIME = 1, LATE = 2, APOLOGY_SLIPS = 3, FIRST_BIN = 4, DAYS = 11;

	private final Map<Key, long[]> groups = new HashMap<>();

	/** Counts a returned dossier (open ones are not in the rollup). */
	void add(String unitName, String procedureCode, String field, Channel channel, LocalDateTime received,
			LocalDateTime due, LocalDateTime returned, Boolean apologySlip) {
		if (returned == null) {
			return;
		}
		LocalDate returnedOn = returned.toLocalDate();
		Key key = new Key(returnedOn.withDayOfMonth(1), unitName, procedureCode == null ? "" : procedureCode,
				field == null ? "" : field, channel.name());
		long[] counts = groups.computeIfAbsent(key, k -> new long[DAYS + 1]);
		long receivedDay = received.toLocalDate().toEpochDay();
		long dueDay = due.toLocalDate().toEpochDay();
		long days = returnedOn.toEpochDay() - receivedDay;
		long allowed = Math.max(dueDay - receivedDay, 1);
		int outcome = Long.signum(returnedOn.toEpochDay() - dueDay);
		counts[outcome < 0 ? EARLY : outcome == 0 ? ON_TIME : LATE]++;
		if (outcome > 0 && Boolean.TRUE.equals(apologySlip)) {
			counts[APOLOGY_SLIPS]++;
		}
		counts[FIRST_BIN + bin(days, allowed) - 1]++;
		counts[DAYS] += days;
	}

	/**
	 * Bins of days taken ÷ days allowed: ≤ 1/4, ≤ 1/2, ≤ 3/4, ≤ 1, ≤ 5/4, ≤ 3/2, more.
	 */
	static int bin(long days, long allowed) {
		if (4 * days <= allowed) {
			return 1;
		}
		if (2 * days <= allowed) {
			return 2;
		}
		if (4 * days <= 3 * allowed) {
			return 3;
		}
		if (days <= allowed) {
			return 4;
		}
		if (4 * days <= 5 * allowed) {
			return 5;
		}
		return 2 * days <= 3 * allowed ? 6 : 7;
	}

	void forEach(BiConsumer<Key, long[]> group) {
		groups.forEach(group);
	}

}
