package vn.ddcihub.org.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import vn.ddcihub.shared.Label;

/** The part of a unit its own staff keep up to date: how to reach it and who heads it. */
public record UnitContactForm(
		@Label("unit.email") @Email(message = "{validation.email}") @Size(max = 255,
				message = "{validation.tooLong}") String email,
		@Label("unit.phone") @Size(max = 40, message = "{validation.tooLong}") String phone,
		@Label("unit.headName") @Size(max = 255, message = "{validation.tooLong}") String headName) {
}
