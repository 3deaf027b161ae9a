package vn.ddcihub.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in, refusing those locked by repeated failed logins. */
@Service
class UserAccounts implements UserDetailsService {

	private final UserRepository users;
	private final LoginThrottle throttle;

	UserAccounts(UserRepository users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		CurrentUser user = users.principal(username)
			.orElseThrow(() -> new UsernameNotFoundException("Sai tên đăng nhập hoặc mật khẩu"));
		return throttle.isLocked(username) ? user.locked() : user;
	}
}
