package vn.ddcihub.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.ddcihub.org.ApiTokens;
import vn.ddcihub.web.ApiRequests;

/**
 * Signs in API calls that carry {@code Authorization: Bearer ddci_…}; a wrong token gets
 * 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint unauthorized;

	ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
		this.tokens = tokens;
		this.unauthorized = unauthorized;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.startsWith(BEARER) || !ApiRequests.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		var user = tokens.authenticate(header.substring(BEARER.length()).trim());
		if (user.isEmpty() || !user.get().isEnabled()) {
			unauthorized.commence(request, response, new InvalidTokenException());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * A token that is unknown, revoked or whose user is inactive; its answer says so in
	 * the request's language.
	 */
	static final class InvalidTokenException extends BadCredentialsException implements MessageSourceResolvable {

		InvalidTokenException() {
			super("error.token.invalid");
		}

		@Override
		public String[] getCodes() {
			return new String[] { "error.token.invalid" };
		}

	}

}
