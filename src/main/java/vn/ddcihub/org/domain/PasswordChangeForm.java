package vn.ddcihub.org.domain;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.CrossFieldRule;
import vn.ddcihub.shared.Label;

/** A user changing their own password: the current one, the new one twice. */
@PasswordChangeForm.Confirmed
public record PasswordChangeForm(
		@Label("account.currentPassword") @NotBlank(message = "{validation.required}") String currentPassword,
		@Label("account.newPassword") @NotBlank(message = "{validation.required}") @Size(min = 8, max = 128,
				message = "{validation.lengthBetween}") String newPassword,
		@Label("account.confirmation") @NotBlank(message = "{validation.required}") String confirmation) {

	/** The new password typed twice the same. */
	@Documented
	@Retention(RUNTIME)
	@Target(TYPE)
	@Constraint(validatedBy = Confirmed.Check.class)
	@interface Confirmed {

		String message() default "{org.rule.passwordConfirmed}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<Confirmed, PasswordChangeForm> {

			@Override
			public boolean isValid(PasswordChangeForm form, ConstraintValidatorContext context) {
				return form.confirmation() == null || form.confirmation().isEmpty()
						|| Objects.equals(form.newPassword(), form.confirmation())
						|| CrossFieldRule.brokenAt(context, "confirmation");
			}

		}

	}
}
