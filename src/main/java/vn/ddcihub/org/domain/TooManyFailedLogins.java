package vn.ddcihub.org.domain;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed logins for this user name from this address: try again later. The same
 * answer whether the name exists or not; the account itself is not locked.
 */
class TooManyFailedLogins extends LockedException {

	TooManyFailedLogins() {
		super("Too many failed logins for this name from this address");
	}

}
