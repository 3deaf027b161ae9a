package vn.ddcihub.org.domain;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.ddcihub.org.Role;
import vn.ddcihub.shared.CrossFieldRule;
import vn.ddcihub.shared.Label;

/**
 * What an administrator enters for a user account; password only when creating or
 * resetting (blank keeps it). Lengths follow org_user's columns.
 */
@UserForm.OrganisationForRoles
@UserForm.UnitForUnitStaff
public record UserForm(
		@Label("user.username") @NotBlank(message = "{validation.required}") @Size(max = 64,
				message = "{validation.tooLong}") @Pattern(regexp = "[a-z0-9._-]{3,64}",
						message = "{org.rule.username}") String username,
		@Label("user.displayName") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String displayName,
		@Label("unit.email") @Email(message = "{validation.email}") @Size(max = 255,
				message = "{validation.tooLong}") String email,
		@Label("org.name") Long organisationId, @Label("org.unitName") Long unitId,
		@Label("user.roles") @NotEmpty(message = "{validation.choose}") Set<Role> roles,
		@Label("org.status") Boolean active,
		@Label("user.password") @Size(min = 8, max = 128, message = "{validation.lengthBetween}") String password) {

	public boolean isActive() {
		return active == null || active;
	}

	/**
	 * Every role but ADMIN and VIEWER works for one organisation, which must be chosen.
	 */
	@Documented
	@Retention(RUNTIME)
	@Target(TYPE)
	@Constraint(validatedBy = OrganisationForRoles.Check.class)
	@interface OrganisationForRoles {

		String message() default "{org.rule.organisationForRoles}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<OrganisationForRoles, UserForm> {

			@Override
			public boolean isValid(UserForm user, ConstraintValidatorContext context) {
				boolean bound = user.roles() != null
						&& user.roles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.VIEWER);
				return !bound || user.organisationId() != null || CrossFieldRule.brokenAt(context, "organisationId");
			}

		}

	}

	/** A unit's staff (UNIT_STAFF) belong to a unit, which must be chosen. */
	@Documented
	@Retention(RUNTIME)
	@Target(TYPE)
	@Constraint(validatedBy = UnitForUnitStaff.Check.class)
	@interface UnitForUnitStaff {

		String message() default "{org.rule.unitForUnitStaff}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Check implements ConstraintValidator<UnitForUnitStaff, UserForm> {

			@Override
			public boolean isValid(UserForm user, ConstraintValidatorContext context) {
				return user.roles() == null || !user.roles().contains(Role.UNIT_STAFF) || user.unitId() != null
						|| CrossFieldRule.brokenAt(context, "unitId");
			}

		}

	}
}
