package vn.ddcihub.org.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.ddcihub.org.CurrentUser;

/**
 * Loads accounts for sign-in; {@link PasswordSignIn} throttles guessing and checks the
 * password.
 */
@Service
public class UserAccounts implements UserDetailsService {

	private final UserRepository users;

	UserAccounts(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.principal(username)
			.orElseThrow(() -> new UsernameNotFoundException("Sai tên đăng nhập hoặc mật khẩu"));
	}

}
