package vn.ddcihub.execution.domain;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox every {@link #EVERY} (db-scheduler): a reminder or a returned report
 * reaches the mailbox within a minute; retries wait as {@link MailSettings} says.
 */
@Component
public class OutboxJob extends RecurringTask<Void> {

	public static final String TASK = "execution-outbox";

	static final Duration EVERY = Duration.ofSeconds(30);

	private final OutboxSender sender;

	@Autowired
	OutboxJob(OutboxSender sender) {
		this(TASK, Schedules.fixedDelay(EVERY), sender);
	}

	/**
	 * A job under another name and schedule, for tests that run it on their own
	 * schedulers.
	 */
	public OutboxJob(String name, Schedule schedule, OutboxSender sender) {
		super(name, schedule, Void.class);
		this.sender = sender;
	}

	@Override
	public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
		sender.sendDue();
	}

}
