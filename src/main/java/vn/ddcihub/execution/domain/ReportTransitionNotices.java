package vn.ddcihub.execution.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ddcihub.execution.ReportStatus;
import vn.ddcihub.execution.ReportTransitioned;
import vn.ddcihub.execution.domain.ReminderPeriods.DuePeriod;
import vn.ddcihub.org.OrgDirectory;

/**
 * A unit hears when the Office returns or accepts its report: every user of the unit gets
 * a notification (and an e-mail). Keyed by the report's timeline entry, so a redelivered
 * event adds nothing while a second return is announced again.
 */
@Component
class ReportTransitionNotices {

	private final ReminderPeriods periods;

	private final OrgDirectory directory;

	private final Notifier notifier;

	ReportTransitionNotices(ReminderPeriods periods, OrgDirectory directory, Notifier notifier) {
		this.periods = periods;
		this.directory = directory;
		this.notifier = notifier;
	}

	@ApplicationModuleListener(id = "execution.notify-report-transitioned")
	void on(ReportTransitioned event) {
		notice(event).ifPresent(notice -> notifier.notify(notice,
				directory.contacts(event.organisationId(), event.unitId(), null), List.of()));
	}

	Optional<Notice> notice(ReportTransitioned event) {
		NotificationKind kind = event.status() == ReportStatus.RETURNED ? NotificationKind.REPORT_RETURNED
				: event.status() == ReportStatus.ACCEPTED ? NotificationKind.REPORT_ACCEPTED : null;
		Optional<DuePeriod> period = periods.period(event.periodId());
		if (kind == null || period.isEmpty()) {
			return Optional.empty();
		}
		long occurrence = periods.latestEvent(event.reportId(), event.status().name());
		String comment = event.comment() == null ? "" : event.comment().strip();
		return Optional.of(new Notice(kind, kind.name() + ":r" + event.reportId() + ":e" + occurrence,
				"/reports/" + event.reportId(), List.of(period.get().frequencyWord(), period.get().label(),
						directory.unitName(event.unitId()), comment)));
	}

}
