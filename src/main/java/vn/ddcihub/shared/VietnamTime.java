package vn.ddcihub.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Vietnamese administrative time (giờ Việt Nam, UTC+7): the one time zone in which dates
 * are shown, compared ("today", "due this month") and turned into instants. Nothing else
 * in the code names a zone or asks the machine for its default, so a server set to UTC
 * gives the same answers.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/** Today's date in Vietnam. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** The instant a Vietnamese day begins: 00:00 in Vietnam. */
	public static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toOffsetDateTime();
	}

	/** The same instant as Vietnamese wall-clock time. */
	public static OffsetDateTime inVietnam(OffsetDateTime time) {
		return time.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

}
