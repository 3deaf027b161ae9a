package vn.ddcihub.org;

import org.springframework.security.authentication.LockedException;
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
		if (throttle.isLocked(username)) {
			throw new LockedException("Tài khoản tạm khóa " + LoginThrottle.LOCK_MINUTES
					+ " phút do đăng nhập sai nhiều lần. Vui lòng thử lại sau.");
		}
		return users.principal(username).orElseThrow(() -> new UsernameNotFoundException("Sai tên đăng nhập hoặc mật khẩu"));
	}
}
