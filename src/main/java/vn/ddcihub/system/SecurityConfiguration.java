package vn.ddcihub.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

import vn.ddcihub.org.ApiTokens;
import vn.ddcihub.web.ApiRequests;

/**
 * Security by default: everything but the sign-in page, static files and the health check
 * needs a signed-in user; who may call a page or API handler is declared on the handler
 * with {@code @PreAuthorize} (see {@link PreAuthorizeBeforeBinding}), never here. Pages
 * use form login with CSRF protection, scripts use HTTP Basic or a personal token against
 * /api; anonymous API calls get 401 and refused ones 403 as problem details (RFC 9457),
 * anonymous page visits go to the login page.
 */
@Configuration(proxyBeanMethods = false)
@Import(MethodSecurity.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	private static final RequestMatcher API = ApiRequests::matches;

	/**
	 * API calls without a session have no cookie a forged request could ride on: they are
	 * signed in by their own credentials (HTTP Basic or a token) or refused with 401. An
	 * API call within a session — whatever Authorization header it carries — needs the
	 * CSRF token like a form.
	 */
	private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request)
			&& request.getSession(false) == null;

	/**
	 * No observation around each filter of the chain, each authentication and each
	 * authorisation — a dozen wrappers per request that nothing reads; the request
	 * metrics (http.server.requests) are observed by the server anyway.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) throws Exception {
		AuthenticationEntryPoint apiUnauthorized = apiUnauthorized(errors);
		http.addFilterBefore(new ApiTokenFilter(tokens, apiUnauthorized), BasicAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error", "/css/**", "/js/**",
					"/img/**", "/fonts/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			// The public portal: published results only (its door answers nothing else)
			// and the web survey, which a one-time code opens (survey.web,
			// /cong-khai/khao-sat/**); their handlers declare permitAll() deliberately
			// (AccessDeclarationTest lists them).
			.requestMatchers("/cong-khai", "/cong-khai/**", "/cong-khai/khao-sat/**")
			.permitAll()
			// The public JSON API of business questions (operations.question.web): the
			// same limits as the portal's form; its handlers declare permitAll() too.
			.requestMatchers("/api/v1/public/**")
			.permitAll()
			// Infrastructure, not a controller: no handler to carry an annotation.
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler((request, response, exception) -> {
				rethrowIfDatabaseUnreachable(exception);
				response.sendRedirect(request.getContextPath()
						+ (exception instanceof LockedException ? "/login?locked" : "/login?error"));
			}));
		http.httpBasic(basic -> basic.authenticationEntryPoint(apiUnauthorized));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(apiUnauthorized, API)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					AnyRequestMatcher.INSTANCE)
			.accessDeniedHandler(accessDenied(errors)));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION));
		// Only pages remember where to return after signing in; an API call gets 401 and
		// no session.
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(request -> !API.matches(request));
		http.requestCache(cache -> cache.requestCache(pagesOnly));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * 401 for scripts, written by the same exception handlers as every other API error
	 * (one format, in the request's language); the Basic challenge lets clients retry
	 * with credentials.
	 */
	private static AuthenticationEntryPoint apiUnauthorized(HandlerExceptionResolver errors) {
		return (request, response, exception) -> {
			rethrowIfDatabaseUnreachable(exception);
			response.setHeader("WWW-Authenticate", "Basic realm=\"DDCI Hub\", charset=\"UTF-8\"");
			errors.resolveException(request, response, null, exception);
		};
	}

	/**
	 * A user who could not be looked up because the database is down is not refused: the
	 * failure goes on to {@link DatabaseOutageFilter}, which answers 503.
	 */
	private static void rethrowIfDatabaseUnreachable(AuthenticationException exception) throws ServletException {
		if (DatabaseFailures.unreachable(exception)) {
			throw new ServletException("The database is unreachable while signing in", exception);
		}
	}

	/**
	 * Refusals seen by the filters (a missing CSRF token): a problem for scripts, the
	 * error page for people.
	 */
	private static AccessDeniedHandler accessDenied(HandlerExceptionResolver errors) {
		return (request, response, exception) -> {
			if (API.matches(request)) {
				errors.resolveException(request, response, null, exception);
			}
			else {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
		};
	}

}
