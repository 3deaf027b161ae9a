package vn.ddcihub.execution.domain;

import java.time.OffsetDateTime;
import java.util.List;

import vn.ddcihub.execution.ReportStatus;

/**
 * A period with every unit expected to report ({@link ExpectedReporters}) and where its
 * report stands: {@code status} null is missing (chưa báo cáo).
 */
public record PeriodDetail(PeriodSummary period, String planNumber, String planTitle, List<UnitReport> units) {

	public record UnitReport(long unitId, String unitName, Long reportId, ReportStatus status,
			OffsetDateTime submittedAt, boolean illustrative) {

		public boolean missing() {
			return status == null;
		}

	}

}
