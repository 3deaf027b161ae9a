package vn.ddcihub.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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

import tools.jackson.databind.json.JsonMapper;
import vn.ddcihub.org.ApiTokens;

/**
 * Security by default: every page and API needs a signed-in user with the right role; pages use
 * form login with CSRF protection, scripts use HTTP Basic or a personal token against /api; anonymous API calls get 401
 * in JSON, anonymous page visits go to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

	/** Script calls authenticated by an Authorization header carry no session cookie to forge. */
	private static final RequestMatcher API_WITH_CREDENTIALS = request -> API.matches(request)
			&& request.getHeader("Authorization") != null;

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error", "/css/**", "/js/**", "/img/**",
					"/fonts/**", "/webjars/**", "/favicon.ico", "/portal/**", "/api/v1/portal/**")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**", "/api/v1/users/**").hasRole("ADMIN")
			// Answer 403 before looking at the body: organisations and units are changed by ADMIN only
			// (a unit's own contact details, /api/v1/units/{id}/contact, are checked per unit).
			.requestMatchers(HttpMethod.POST, "/api/v1/organisations", "/api/v1/units").hasRole("ADMIN")
			.requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*", "/api/v1/units/*").hasRole("ADMIN")
			.requestMatchers("/audit/**", "/api/v1/audit/**").hasAnyRole("ADMIN", "LEADER")
			.anyRequest().authenticated());
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
			.failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
					+ (exception instanceof LockedException ? "/login?locked" : "/login?error"))));
		http.httpBasic(basic -> basic.authenticationEntryPoint(jsonUnauthorized()));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.exceptionHandling(exceptions -> exceptions
			.defaultAuthenticationEntryPointFor(jsonUnauthorized(), API)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
			.accessDeniedHandler(accessDenied()));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_CREDENTIALS));
		// Only pages remember where to return after signing in; an API call gets 401 and no session.
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(request -> !API.matches(request));
		http.requestCache(cache -> cache.requestCache(pagesOnly));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	private static AuthenticationEntryPoint jsonUnauthorized() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"DDCI Hub\", charset=\"UTF-8\"");
			String message = exception instanceof LockedException
					? "Tài khoản tạm khóa 15 phút do đăng nhập sai nhiều lần. Vui lòng thử lại sau."
					: "Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập) để dùng API này";
			writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, message);
		};
	}

	private static AccessDeniedHandler accessDenied() {
		return (request, response, exception) -> {
			if (API.matches(request)) {
				writeJson(response, HttpServletResponse.SC_FORBIDDEN, forbiddenMessage(exception.getMessage()));
			}
			else {
				request.setAttribute("ddci.forbidden.message", forbiddenMessage(exception.getMessage()));
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
		};
	}

	private static String forbiddenMessage(String detail) {
		boolean vietnamese = detail != null && !detail.startsWith("Access Denied") && !detail.isBlank();
		return vietnamese ? detail : "Bạn không có quyền thực hiện thao tác này";
	}

	static void writeJson(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JsonMapper.shared().writeValueAsString(Map.of("status", status, "message", message)));
	}

	static boolean isApi(HttpServletRequest request) {
		return API.matches(request);
	}
}
