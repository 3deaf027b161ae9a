package vn.ddcihub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests of the JSON API (under /api/): their errors are problem details, never pages,
 * and their language may come from Accept-Language. An error dispatch counts as the
 * request that failed.
 */
public final class ApiRequests {

	private ApiRequests() {
	}

	public static boolean matches(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed != null ? failed.toString() : request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/");
	}

}
