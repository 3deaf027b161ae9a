package vn.ddcihub.shared;

import org.springframework.security.access.AccessDeniedException;

/** The user is known and signed in but may not do this (e.g. change another unit's work). */
public class ForbiddenException extends AccessDeniedException {

	public ForbiddenException(String message) {
		super(message);
	}
}
