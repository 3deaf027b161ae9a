package vn.ddcihub.execution.domain;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ddcihub.execution.JobFinished;
import vn.ddcihub.org.OrgDirectory;

/**
 * The user who started a background job hears when it ends: a notification under their
 * bell (and an e-mail), keyed by the job so a redelivered event adds nothing.
 */
@Component
class JobFinishedNotices {

	private final OrgDirectory directory;

	private final Notifier notifier;

	JobFinishedNotices(OrgDirectory directory, Notifier notifier) {
		this.directory = directory;
		this.notifier = notifier;
	}

	@ApplicationModuleListener(id = "execution.notify-job-finished")
	void on(JobFinished event) {
		directory.contact(event.userId()).ifPresent(user -> notifier.notify(notice(event), List.of(user), List.of()));
	}

	static Notice notice(JobFinished event) {
		return new Notice(NotificationKind.JOB_FINISHED, "JOB_FINISHED:" + event.dedupeKey(), event.href(),
				List.of(event.title(), Notice
					.messageKey(event.succeeded() ? "execution.notify.job.succeeded" : "execution.notify.job.failed")));
	}

}
