package vn.ddcihub.operations.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.DueReminder;

/**
 * Reminds the owner unit of every follow-up action that is open past its deadline, once:
 * the reminder and the mark that it went out are saved in one transaction (the event in
 * the publication registry), and rows are locked so two nodes never send the same one.
 */
@Service
public class OverdueActionReminders {

	private static final Logger log = LoggerFactory.getLogger(OverdueActionReminders.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OverdueActionReminders(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Publishes the reminders due on {@code today}; answers how many went out. */
	@Transactional
	public int run(LocalDate today) {
		List<DueReminder> reminders = jdbc.sql("""
				select f.id, f.organisation_id, f.owner_unit_id, f.action, f.due_on, i.dialogue_id
				from ops_follow_up f join ops_dialogue_issue i on i.id = f.issue_id
				where f.status in ('OPEN', 'IN_PROGRESS') and f.due_on < ? and not f.overdue_reminded
				order by f.id for update of f skip locked""")
			.param(today)
			.query((rs, i) -> new DueReminder("follow-up", "follow-up:" + rs.getLong("id") + ":overdue",
					rs.getLong("organisation_id"), rs.getLong("owner_unit_id"), title(rs.getString("action")),
					"/operations/dialogues/" + rs.getLong("dialogue_id") + "#action-" + rs.getLong("id"),
					rs.getObject("due_on", LocalDate.class), true))
			.list();
		for (DueReminder reminder : reminders) {
			events.publishEvent(reminder);
			long id = Long.parseLong(reminder.key().split(":")[1]);
			jdbc.sql("update ops_follow_up set overdue_reminded = true where id = ?").param(id).update();
		}
		if (!reminders.isEmpty()) {
			log.info("Overdue follow-up actions on {}: {} reminders published", today, reminders.size());
		}
		return reminders.size();
	}

	private static String title(String action) {
		return action.length() <= 200 ? action : action.substring(0, 200) + "…";
	}

}
