package vn.ddcihub.org.domain;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, from the sign-in form or HTTP Basic. The throttle
 * answers first, the same way for names that exist and names that do not; then the
 * account is loaded (an unknown name still costs a password hash, so the time taken does
 * not tell either); then the password is compared — through {@link VerifiedPasswords} for
 * a script that sent the same password a moment ago, since hashing on every call is what
 * makes Basic slow.
 */
@Component
class PasswordSignIn extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	private final VerifiedPasswords verified;

	PasswordSignIn(UserAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle,
			VerifiedPasswords verified) {
		super(accounts);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!throttle
			.waitBeforeNextAttempt(authentication.getName(), LoginThrottle.address(authentication.getDetails()))
			.isZero()) {
			throw new TooManyFailedLogins();
		}
		return super.authenticate(authentication);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
		if (password != null && verified.isVerified(user.getUsername(), password, user.getPassword())) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication);
		verified.remember(user.getUsername(), password, user.getPassword());
	}

}
