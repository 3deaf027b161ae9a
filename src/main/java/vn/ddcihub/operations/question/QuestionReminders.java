package vn.ddcihub.operations.question;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.execution.DueReminder;

/**
 * Reminders of questions and petitions for one day: every open item assigned to a unit
 * whose due date is within {@link QuestionSettings#remindDaysBefore()} days gets a "due
 * soon" reminder, and once past its due date an "overdue" one, each once per item and due
 * date (the key carries both, so a new due date is reminded again). Execution's
 * notifications turn each {@link DueReminder} into bell and mail notices for the unit.
 */
@Service
public class QuestionReminders {

	private static final Logger log = LoggerFactory.getLogger(QuestionReminders.class);

	private final QuestionRepository questions;

	private final QuestionSettings settings;

	private final ApplicationEventPublisher events;

	QuestionReminders(QuestionRepository questions, QuestionSettings settings, ApplicationEventPublisher events) {
		this.questions = questions;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * @return how many reminders were published
	 */
	@Transactional
	public int run(LocalDate today) {
		int published = 0;
		for (Question question : questions.openDueBy(today.plusDays(settings.remindDaysBefore()))) {
			boolean overdue = question.overdue(today);
			String key = "question:" + question.id() + ":" + question.dueOn() + (overdue ? ":overdue" : ":soon");
			events.publishEvent(new DueReminder("question", key, question.organisationId(), question.unitId(),
					question.title(), "/operations/questions/" + question.id(), question.dueOn(), overdue));
			published++;
		}
		log.info("Question reminders for {}: {} published", today, published);
		return published;
	}

}
