package vn.ddcihub.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly Vietnamese pages for 403, 404, 503 and everything else, in the normal layout.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final PageFactory pages;

	ErrorPages(PageFactory pages) {
		this.pages = pages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ModelAndView view = view(status, null);
		view.addObject("page", pages.create(request));
		return view;
	}

	static ModelAndView view(HttpStatus status, String detail) {
		int code = status.value();
		String key = code == 403 || code == 404 || code == 400 || code == 409 || code == 413 || code == 429
				|| code == 503 ? "error." + code : "error.500";
		ModelAndView view = new ModelAndView("web/error");
		view.addObject("status", code);
		view.addObject("messageKey", key);
		view.addObject("detail", detail);
		view.addObject("problems", java.util.List.of());
		view.setStatus(status);
		return view;
	}

}
