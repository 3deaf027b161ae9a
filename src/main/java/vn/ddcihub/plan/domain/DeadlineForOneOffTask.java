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

/** A one-off task (nhiệm vụ có thời hạn) needs its deadline (hạn hoàn thành). */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = DeadlineForOneOffTask.Check.class)
public @interface DeadlineForOneOffTask {

	String message() default "{plan.rule.deadlineForOneOff}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<DeadlineForOneOffTask, TaskInput> {

		@Override
		public boolean isValid(TaskInput task, ConstraintValidatorContext context) {
			return task.kind() != TaskKind.ONE_OFF || task.deadline() != null
					|| CrossFieldRule.brokenAt(context, "deadline");
		}

	}

}
