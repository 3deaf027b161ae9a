package vn.ddcihub.shared;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Helper of the class-level constraints that check one rule across fields (a one-off task
 * needs a deadline): the broken rule is reported on the field the person has to change,
 * so its message stands beside that field and the error summary links to it.
 */
public final class CrossFieldRule {

	private CrossFieldRule() {
	}

	/**
	 * Reports the constraint's message on {@code field}; returns false (invalid) for the
	 * caller to return.
	 */
	public static boolean brokenAt(ConstraintValidatorContext context, String field) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode(field)
			.addConstraintViolation();
		return false;
	}

}
