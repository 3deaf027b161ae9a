package vn.ddcihub.execution.domain;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out ({@code ddci.reminders.*}): {@code daysBefore} days before a
 * report's due date, on the day, then every {@code repeatEveryDays} days while it is
 * overdue; after {@code escalateAfterDays} days overdue also to the unit's head and the
 * Office. The job runs daily at {@code dailyAt}, Vietnamese time.
 */
@ConfigurationProperties("ddci.reminders")
public record ReminderSettings(@DefaultValue("3") int daysBefore, @DefaultValue("3") int repeatEveryDays,
		@DefaultValue("7") int escalateAfterDays, @DefaultValue("07:00") LocalTime dailyAt) {

	public ReminderSettings {
		if (daysBefore < 0 || repeatEveryDays < 1 || escalateAfterDays < 1) {
			throw new IllegalArgumentException(
					"ddci.reminders: days-before >= 0, repeat-every-days >= 1 and escalate-after-days >= 1");
		}
	}

}
