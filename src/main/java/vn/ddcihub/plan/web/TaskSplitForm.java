package vn.ddcihub.plan.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.CrossFieldRule;
import vn.ddcihub.shared.Label;

/**
 * Splitting a task (tách nhiệm vụ): one part per line, the first kept by the task itself.
 */
@TaskSplitForm.TwoParts
public record TaskSplitForm(
		@Label("plan.task.splitParts") @Size(max = 10000, message = "{validation.tooLong}") String titles) {

	/** The non-blank lines, each the title of a part. */
	List<String> parts() {
		return titles == null ? List.of()
				: Arrays.stream(titles.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** A split needs at least two parts. */
	@Documented
	@Retention(RUNTIME)
	@Target(TYPE)
	@Constraint(validatedBy = TwoParts.Check.class)
	@interface TwoParts {

		String message() default "{plan.rule.splitParts}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<TwoParts, TaskSplitForm> {

			@Override
			public boolean isValid(TaskSplitForm form, ConstraintValidatorContext context) {
				return form.parts().size() >= 2 || CrossFieldRule.brokenAt(context, "titles");
			}

		}

	}
}
