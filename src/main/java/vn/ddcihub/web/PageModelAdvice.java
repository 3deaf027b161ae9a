package vn.ddcihub.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the {@link Page} into the model of every page. Handlers that answer with a body of
 * their own (the JSON API, actuator endpoints) get none: building a page reads the CSRF
 * token, which would open a stored session for every script call and load-balancer health
 * check.
 */
@ControllerAdvice
class PageModelAdvice {

	private final PageFactory pages;

	PageModelAdvice(PageFactory pages) {
		this.pages = pages;
	}

	@ModelAttribute("page")
	Page page(HttpServletRequest request) {
		return rendersPage(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)) ? pages.create(request)
				: null;
	}

	private static boolean rendersPage(Object handler) {
		return !(handler instanceof HandlerMethod method) || !(method.hasMethodAnnotation(ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
	}

}
