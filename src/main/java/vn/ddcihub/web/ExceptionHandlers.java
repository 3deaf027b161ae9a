package vn.ddcihub.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.BindingProblems;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Turns outcomes into answers a person can act on: JSON with Vietnamese messages for /api, the
 * error page for everything else. Bad input lists every problem with its place.
 */
@ControllerAdvice
class ExceptionHandlers {

	private final PageFactory pages;
	private final MessageSource messages;

	ExceptionHandlers(PageFactory pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	private static final Logger log = LoggerFactory.getLogger(ExceptionHandlers.class);

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, ex.getMessage(), List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noPage(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, null, List.of());
	}

	@ExceptionHandler(BadInputException.class)
	Object badInput(BadInputException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.problems());
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException ex, HttpServletRequest request) {
		Class<?> type = ex instanceof MethodArgumentNotValidException invalid ? invalid.getParameter().getParameterType()
				: ex.getTarget() == null ? null : ex.getTarget().getClass();
		List<InputProblem> problems = BindingProblems.of(ex.getBindingResult(), type, messages);
		return answer(request, HttpStatus.BAD_REQUEST, text("error.input.invalid")  + ": "
				+ String.join("; ", problems.stream().map(InputProblem::describe).toList()), problems);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception ex, HttpServletRequest request) {
		String message = ex instanceof MethodArgumentTypeMismatchException mismatch
				? text(isDate(mismatch.getRequiredType()) ? "error.param.date" : "error.param.format", mismatch.getValue(),
						mismatch.getName())
				: text("error.param.missing", ((MissingServletRequestParameterException) ex).getParameterName());
		return answer(request, HttpStatus.BAD_REQUEST, message, List.of());
	}

	/** A JSON body that cannot be read: name the field and the value when the parser knows them. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		JacksonException json = cause(ex, JacksonException.class);
		String field = json == null ? "" : json.getPath().stream().map(JacksonException.Reference::getPropertyName)
			.filter(java.util.Objects::nonNull).reduce((a, b) -> a + "." + b).orElse("");
		if (field.isEmpty()) {
			return answer(request, HttpStatus.BAD_REQUEST, text("error.body.unreadable"), List.of());
		}
		Object value = json instanceof InvalidFormatException invalid ? invalid.getValue() : null;
		Class<?> type = json instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
		String message = text(isDate(type) ? "error.field.date" : "error.field.format", value == null ? "" : value);
		return answer(request, HttpStatus.BAD_REQUEST, field + ": " + message, List.of(InputProblem.field(field, message)));
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class })
	Object tooLarge(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, text("error.upload.tooLarge"), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object forbidden(AccessDeniedException ex, HttpServletRequest request) {
		String message = ex.getMessage() == null || ex.getMessage().startsWith("Access Denied")
				? text("error.forbidden") : ex.getMessage();
		return answer(request, HttpStatus.FORBIDDEN, message, List.of());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String message, List<InputProblem> problems) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(Map.of("status", status.value(), "message",
					message == null ? text("error.notFound") : message, "problems",
					problems.stream().map(p -> Map.of("file", nullToEmpty(p.file()), "row", p.row() == null ? 0 : p.row(),
							"column", nullToEmpty(p.column()), "message", p.message(), "text", p.describe())).toList()));
		}
		log.debug("{} on {}: {}", status, request.getRequestURI(), message);
		ModelAndView view = ErrorPages.view(status, message);
		view.addObject("problems", problems);
		view.addObject("page", pages.create(request));
		return view;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static boolean isDate(Class<?> type) {
		return type != null && java.time.temporal.Temporal.class.isAssignableFrom(type);
	}

	private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
