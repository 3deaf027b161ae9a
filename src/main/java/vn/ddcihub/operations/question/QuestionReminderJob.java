package vn.ddcihub.operations.question;

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
 * The daily question reminders (db-scheduler: one node runs each day's), at 07:15
 * Vietnamese time.
 */
@Component
class QuestionReminderJob extends RecurringTask<Void> {

	static final String TASK = "operations-question-reminders";

	private final QuestionReminders reminders;

	private final Clock clock;

	QuestionReminderJob(QuestionReminders reminders, Clock clock) {
		super(TASK, Schedules.daily(VietnamTime.ZONE, LocalTime.of(7, 15)), Void.class);
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
		reminders.run(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
	}

}
