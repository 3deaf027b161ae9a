package vn.ddcihub.execution.domain;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.ddcihub.shared.VietnamTime;

/**
 * The daily reminder run (db-scheduler, one node per day): today's reminders in
 * Vietnamese time from the injected {@link Clock}, so tests choose the day.
 */
@Component
public class ReminderJob extends RecurringTask<Void> {

	public static final String TASK = "execution-reminders";

	private final Reminders reminders;

	private final Clock clock;

	@Autowired
	ReminderJob(Reminders reminders, Clock clock, ReminderSettings settings) {
		this(TASK, Schedules.daily(VietnamTime.ZONE, settings.dailyAt()), reminders, clock);
	}

	/**
	 * A job under another name and schedule, for tests that run it on their own
	 * schedulers.
	 */
	public ReminderJob(String name, Schedule schedule, Reminders reminders, Clock clock) {
		super(name, schedule, Void.class);
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
		reminders.run(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
	}

}
