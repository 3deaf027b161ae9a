package vn.ddcihub.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the servlet container — a method or media type a handler does not
 * support, a failure outside any handler: a problem detail for the API, never a stack
 * trace or an exception name, and the error page ({@link ErrorPages}) for people.
 * Replaces Spring Boot's error controller.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
@PreAuthorize("permitAll()")
class ContainerErrorController extends AbstractErrorController {

	private final ProblemAnswers problems;

	ContainerErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers,
			ProblemAnswers problems) {
		super(errorAttributes, errorViewResolvers);
		this.problems = problems;
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		if (ApiRequests.matches(request)) {
			return problems.answer(request, getStatus(request), null, List.of());
		}
		return resolveErrorView(request, response, getStatus(request), Map.of());
	}

}
