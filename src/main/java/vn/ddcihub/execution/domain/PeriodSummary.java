package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.ddcihub.execution.Frequency;

/**
 * A reporting period (kỳ báo cáo) as lists show it: its place in the year, dates, whether
 * it is open, who reports to whom and its reports by status.
 *
 * @param reporters who reports ("" when every unit with tasks does)
 * @param recipients the receiving units and outside bodies, as one text
 * @param reopenReason why a coordinator reopened it, blank when never reopened
 */
public record PeriodSummary(long id, long planId, long lineId, Frequency frequency, int year, int number,
		LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, boolean open, OffsetDateTime closedAt, String closedBy,
		String reopenReason, boolean illustrative, String reporters, String recipients, boolean onRequest,
		ReportCounts counts) {

	/** Past its due date with reports still owed. */
	public boolean overdue(LocalDate today) {
		return dueOn.isBefore(today) && counts.outstanding() > 0;
	}

	/**
	 * The message key and arguments of its name: "Tháng 6/2020", "Quý II/2020", "Năm
	 * 2020".
	 */
	public String nameKey() {
		return "execution.period.name." + frequency.name();
	}

	public Object[] nameArguments() {
		String place = switch (frequency) {
			case MONTHLY -> String.valueOf(number);
			case QUARTERLY -> new String[] { "I", "II", "III", "IV" }[number - 1];
			case YEARLY -> "";
		};
		return new Object[] { place, String.valueOf(year) };
	}

}
