package vn.ddcihub.operations.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.stereotype.Component;

import vn.ddcihub.shared.VietnamTime;

/**
 * The daily run (db-scheduler, one node) that reminds owner units of overdue follow-up
 * actions, at 07:15 Vietnamese time, before the working day.
 */
@Component
class OverdueActionJob extends RecurringTask<Void> {

	static final String TASK = "operations-follow-up-reminders";

	private final OverdueActionReminders reminders;

	private final Clock clock;

	OverdueActionJob(OverdueActionReminders reminders, Clock clock) {
		super(TASK, Schedules.daily(VietnamTime.ZONE, LocalTime.of(7, 15)), Void.class);
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
		reminders.run(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
	}

}
