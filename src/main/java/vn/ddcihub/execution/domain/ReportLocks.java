package vn.ddcihub.execution.domain;

import org.springframework.stereotype.Component;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.domain.ReportRepository.PeriodRow;
import vn.ddcihub.execution.domain.ReportRepository.ReportRow;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.NotFoundException;

/**
 * The one rule for whether a report's content may still change: only a draft or a
 * returned report, in an open period. Locks the report's row until the transaction ends,
 * so two changes of the same report run one after the other.
 */
@Component
class ReportLocks {

	private final ReportRepository reports;

	ReportLocks(ReportRepository reports) {
		this.reports = reports;
	}

	/** The report, locked; 409 when it may not change. */
	ReportRow editable(long reportId) {
		ReportRow report = locked(reportId);
		if (report.status() == ReportStatus.ACCEPTED) {
			throw new ConflictException("execution.report.locked.accepted");
		}
		if (!report.status().editable()) {
			throw new ConflictException("execution.report.locked.submitted");
		}
		if (period(report).closed()) {
			throw new ConflictException("execution.report.locked.periodClosed");
		}
		return report;
	}

	/** The report, locked, whatever its status. */
	ReportRow locked(long reportId) {
		return reports.reportForUpdate(reportId)
			.orElseThrow(() -> new NotFoundException("execution.report.notFound", reportId));
	}

	PeriodRow period(ReportRow report) {
		return reports.period(report.periodId())
			.orElseThrow(() -> new NotFoundException("execution.period.notFound", report.periodId()));
	}

}
