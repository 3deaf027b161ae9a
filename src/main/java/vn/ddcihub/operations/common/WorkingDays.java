package vn.ddcihub.operations.common;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days (ngày làm việc): Monday to Friday. */
public final class WorkingDays {

	private WorkingDays() {
	}

	/** The day {@code days} working days after {@code from}. */
	public static LocalDate after(LocalDate from, int days) {
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

}
