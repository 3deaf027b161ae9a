package vn.ddcihub.operations.question;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.ddcihub.operations.common.WorkingDays;

/**
 * How long a unit has to answer (working days from assignment, by default 7 for a
 * question and 10 for a petition) and how many days before the due date it is reminded.
 */
@Component
public class QuestionSettings {

	private final int questionDays;

	private final int petitionDays;

	private final int remindDaysBefore;

	QuestionSettings(@Value("${ddci.questions.question-days:7}") int questionDays,
			@Value("${ddci.questions.petition-days:10}") int petitionDays,
			@Value("${ddci.questions.remind-days-before:2}") int remindDaysBefore) {
		this.questionDays = questionDays;
		this.petitionDays = petitionDays;
		this.remindDaysBefore = remindDaysBefore;
	}

	public LocalDate defaultDue(QuestionKind kind, LocalDate assignedOn) {
		return WorkingDays.after(assignedOn, kind == QuestionKind.PETITION ? petitionDays : questionDays);
	}

	public int remindDaysBefore() {
		return remindDaysBefore;
	}

}
