package vn.ddcihub.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import vn.ddcihub.web.DatabaseUnavailableException;

/**
 * Answers 503 when the database cannot be reached — from the session lookup, the sign-in,
 * a handler — instead of a 401 "please sign in" or a 500: a problem detail for the API,
 * the error page for people, written by the shared exception handlers without touching
 * the database. Runs outside the session filter, so a session that cannot be read is
 * caught too. While the embedded database is known to be down, requests that would need
 * it are answered at once without waiting for a connection; static files and the health
 * check still work.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final EmbeddedDatabaseAvailability availability;

	private final HandlerExceptionResolver errors;

	private final ViewResolver views;

	private final LocaleResolver languages;

	DatabaseOutageFilter(EmbeddedDatabaseAvailability availability, HandlerExceptionResolver errors, ViewResolver views,
			LocaleResolver languages) {
		this.availability = availability;
		this.errors = errors;
		this.views = views;
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.knownDown() && needsDatabase(request)) {
			answer(request, response, null);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseFailures.unreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
			response.reset();
			answer(request, response, ex);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause)
			throws ServletException {
		// The CSRF token of the failed request would be read from the session.
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute("_csrf");
		ModelAndView page = errors.resolveException(request, response, null, new DatabaseUnavailableException(cause));
		if (page == null || page.getViewName() == null) {
			return;
		}
		try {
			View view = views.resolveViewName(page.getViewName(), languages.resolveLocale(request));
			response.setStatus(page.getStatus() == null ? 503 : page.getStatus().value());
			view.render(page.getModel(), request, response);
		}
		catch (Exception ex) {
			throw new ServletException("Cannot write the 503 page", ex);
		}
	}

	private static boolean needsDatabase(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/actuator/health") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/fonts/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico"));
	}

}
