package vn.ddcihub.org.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.ddcihub.org.CurrentUser;

/** Loads accounts for sign-in, refusing those locked by repeated failed logins. */
@Service
public class UserAccounts implements UserDetailsService {

	/** The address of the request being authenticated (sign-in form or HTTP Basic). */
	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}

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
		return throttle.isLocked(username, clientAddress()) ? user.locked() : user;
	}

}
