package vn.ddcihub.survey.domain;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;

import vn.ddcihub.shared.CrossFieldRule;
import vn.ddcihub.shared.Label;

/**
 * The days the public web survey of a questionnaire takes answers, both included; codes
 * stop working after {@code closesOn}. Unset days: the web survey is not open.
 */
@SurveyDays.ClosesAfterOpening
public record SurveyDays(@Label("codes.days.opensOn") @NotNull(message = "{validation.required}") LocalDate opensOn,
		@Label("codes.days.closesOn") @NotNull(message = "{validation.required}") LocalDate closesOn) {

	static final SurveyDays NONE = new SurveyDays(null, null);

	public boolean set() {
		return opensOn != null && closesOn != null;
	}

	/** Whether codes work on this day. */
	public boolean openOn(LocalDate day) {
		return set() && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	/** The survey closes on or after the day it opens. */
	@Documented
	@Retention(RUNTIME)
	@Target(TYPE)
	@Constraint(validatedBy = ClosesAfterOpening.Check.class)
	@interface ClosesAfterOpening {

		String message() default "{codes.days.closesBeforeOpening}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<ClosesAfterOpening, SurveyDays> {

			@Override
			public boolean isValid(SurveyDays days, ConstraintValidatorContext context) {
				return !days.set() || !days.closesOn().isBefore(days.opensOn())
						|| CrossFieldRule.brokenAt(context, "closesOn");
			}

		}

	}

}
