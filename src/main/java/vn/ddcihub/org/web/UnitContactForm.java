package vn.ddcihub.org.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The part of a unit its own staff keep up to date: how to reach it and who heads it. */
public record UnitContactForm(
		@Email(message = "{unit.email.invalid}") @Size(max = 255) String email,
		@Size(max = 40) String phone,
		@Size(max = 255) String headName) {
}
