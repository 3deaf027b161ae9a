package vn.ddcihub.system;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry (table {@code event_publication}) short and its
 * failures retried, once an hour on one node (a db-scheduler job): a publication whose
 * listener failed more than {@link #RETRY_AFTER} ago is handed to its listener again — so
 * a failure is retried without waiting for the next restart, and never while its first
 * delivery may still run — and completed publications are deleted after
 * {@link #KEEP_COMPLETED}, time enough to see in the table what a listener did with an
 * import. Completed rows are kept for a while rather than deleted at once (Modulith's
 * {@code completion-mode=delete}) for that diagnosis.
 */
@Component
class EventPublicationHousekeeping extends RecurringTask<Void> {

	static final String TASK = "event-publication-housekeeping";
	static final Duration RETRY_AFTER = Duration.ofMinutes(30);
	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	EventPublicationHousekeeping(IncompleteEventPublications incomplete, CompletedEventPublications completed) {
		super(TASK, Schedules.fixedDelay(Duration.ofHours(1)), Void.class);
		this.incomplete = incomplete;
		this.completed = completed;
	}

	@Override
	public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
		run();
	}

	void run() {
		incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
		completed.deletePublicationsOlderThan(KEEP_COMPLETED);
		log.debug("Event publications older than {} resubmitted, completed ones older than {} deleted", RETRY_AFTER,
				KEEP_COMPLETED);
	}

}
