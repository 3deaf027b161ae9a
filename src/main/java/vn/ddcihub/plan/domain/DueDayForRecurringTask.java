package vn.ddcihub.plan.domain;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import vn.ddcihub.plan.TaskKind;
import vn.ddcihub.shared.CrossFieldRule;

/**
 * A monthly or quarterly task needs the day of the period it is due on, so "my work" can
 * show its next due date; a yearly one needs that day or a deadline.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = DueDayForRecurringTask.Check.class)
public @interface DueDayForRecurringTask {

	String message() default "{plan.rule.dueDayForRecurring}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<DueDayForRecurringTask, TaskInput> {

		@Override
		public boolean isValid(TaskInput task, ConstraintValidatorContext context) {
			boolean needsDay = task.kind() == TaskKind.MONTHLY || task.kind() == TaskKind.QUARTERLY
					|| (task.kind() == TaskKind.YEARLY && task.deadline() == null);
			return !needsDay || task.dueDay() != null || CrossFieldRule.brokenAt(context, "dueDay");
		}

	}

}
