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

import vn.ddcihub.shared.CrossFieldRule;

/**
 * A plan starts from an edition (năm xuất phát) before the one it aims at (năm mục tiêu).
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = BaselineBeforeTargetYear.Check.class)
public @interface BaselineBeforeTargetYear {

	String message() default "{plan.rule.baselineBeforeTarget}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<BaselineBeforeTargetYear, PlanForm> {

		@Override
		public boolean isValid(PlanForm plan, ConstraintValidatorContext context) {
			return plan.baselineYear() == null || plan.targetYear() == null || plan.baselineYear() < plan.targetYear()
					|| CrossFieldRule.brokenAt(context, "baselineYear");
		}

	}

}
