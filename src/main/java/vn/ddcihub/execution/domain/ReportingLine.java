package vn.ddcihub.execution.domain;

import java.util.List;

import vn.ddcihub.execution.Frequency;

/**
 * Who reports to whom and when (tuyến báo cáo), as data on a plan: every unit with tasks
 * ({@code reporterUnitId} null) or one unit reports to the receiving units and outside
 * bodies, monthly, quarterly (on the day of the quarter's last month) or yearly (on
 * {@code dueDay}/{@code dueMonth}), for the years {@code firstYear}–{@code lastYear}.
 *
 * @param onRequest also due whenever the recipients ask (đột xuất theo yêu cầu)
 */
public record ReportingLine(Long id, long planId, Frequency frequency, Long reporterUnitId, List<Long> receivingUnitIds,
		String externalRecipients, int dueDay, Integer dueMonth, boolean onRequest, int firstYear, int lastYear) {

	public ReportingLine {
		receivingUnitIds = receivingUnitIds == null ? List.of() : List.copyOf(receivingUnitIds);
		externalRecipients = externalRecipients == null ? "" : externalRecipients.strip();
	}

	public ReportingLineInput toInput() {
		return new ReportingLineInput(id, frequency, reporterUnitId, receivingUnitIds, externalRecipients, dueDay,
				dueMonth, onRequest, firstYear, lastYear);
	}

}
