package vn.ddcihub.web;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.BindingProblems;
import vn.ddcihub.shared.BusyException;
import vn.ddcihub.shared.ConflictException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Turns outcomes into answers a person can act on: problem details for /api
 * ({@link ProblemAnswers}), the error page for everything else, both in the language of
 * the request. Messages come from the bundles by key — an exception that has something
 * specific to say carries its key ({@link MessageSourceResolvable}); its text is never
 * inspected. Bad input lists every problem with its place. The security filters hand
 * their 401 and 403 for scripts to these handlers too.
 */
@ControllerAdvice
class ExceptionHandlers {

	private static final Logger log = LoggerFactory.getLogger(ExceptionHandlers.class);

	/**
	 * PostgreSQL's detail of a unique or foreign key violation: "Key (edition_id,
	 * code)=(5, C1)".
	 */
	private static final Pattern DUPLICATE_KEY = Pattern.compile("Key \\(([^)]*)\\)=\\((.*?)\\)( already| is not)");

	private final PageFactory pages;

	private final MessageSource messages;

	private final ProblemAnswers problems;

	ExceptionHandlers(PageFactory pages, MessageSource messages, ProblemAnswers problems) {
		this.pages = pages;
		this.messages = messages;
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, problems.text(request, ex), List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noPage(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, null, List.of());
	}

	@ExceptionHandler(BadInputException.class)
	Object badInput(BadInputException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, problems.text(request, ex), ex.problems(), ex.problemCount());
	}

	/**
	 * The record's state refuses the change (an accepted report, a stale version): 409
	 * with what collided.
	 */
	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, problems.text(request, ex), List.of());
	}

	/** Too much of one kind of work at once: 429 and when to try again. */
	@ExceptionHandler(BusyException.class)
	Object busy(BusyException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		return answer(request, HttpStatus.TOO_MANY_REQUESTS, problems.text(request, ex), List.of());
	}

	/**
	 * What the database refused although the checks before it passed — a code another
	 * request saved a moment earlier, a value its column cannot hold: 409 naming what
	 * collided, or 400, never a 500.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	Object databaseRefused(DataIntegrityViolationException ex, HttpServletRequest request) {
		SQLException sql = cause(ex, SQLException.class);
		String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
		String text = sql == null || sql.getMessage() == null ? "" : sql.getMessage();
		if (state.equals("23505") || state.equals("23503")) {
			Matcher key = DUPLICATE_KEY.matcher(text);
			String columns = key.find() ? key.group(1) : "";
			String values = columns.isEmpty() ? "" : key.group(2);
			String message = state.equals("23505")
					? problems.text(request, "error.conflict.duplicate",
							columns.isEmpty() ? "" : columns + " = " + values)
					: problems.text(request, "error.conflict.reference");
			String field = columns.isEmpty() ? null : columns.substring(columns.lastIndexOf(',') + 1).strip();
			log.info("{} on {}: {}", state, request.getRequestURI(), text);
			return answer(request, HttpStatus.CONFLICT, message,
					field == null ? List.of() : List.of(InputProblem.field(field, message)));
		}
		log.info("{} on {}: {}", state, request.getRequestURI(), text);
		return answer(request, HttpStatus.BAD_REQUEST, problems.text(request, "error.input.database"), List.of());
	}

	/** A request body over the limit (JSON, forms): 413 before it is read whole. */
	@ExceptionHandler(RequestBodyLimit.TooLarge.class)
	Object bodyTooLarge(RequestBodyLimit.TooLarge ex, HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, problems.text(request, ex), List.of());
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException ex, HttpServletRequest request) {
		Class<?> type = ex instanceof MethodArgumentNotValidException invalid
				? invalid.getParameter().getParameterType() : ex.getTarget() == null ? null : ex.getTarget().getClass();
		List<InputProblem> problems = BindingProblems.of(ex.getBindingResult(), type, messages);
		return answer(request, HttpStatus.BAD_REQUEST, this.problems.text(request, "error.input.invalid"), problems);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception ex, HttpServletRequest request) {
		String parameter;
		String message;
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			parameter = mismatch.getName();
			message = problems.text(request,
					isDate(mismatch.getRequiredType()) ? "error.param.date" : "error.param.format", mismatch.getValue(),
					parameter);
		}
		else {
			parameter = ((MissingServletRequestParameterException) ex).getParameterName();
			message = problems.text(request, "error.param.missing", parameter);
		}
		return answer(request, HttpStatus.BAD_REQUEST, message, List.of(InputProblem.field(parameter, message)));
	}

	/**
	 * A JSON body that cannot be read: where the syntax breaks (line, column), or the
	 * field and the value when the parser knows them.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		RequestBodyLimit.TooLarge tooLarge = cause(ex, RequestBodyLimit.TooLarge.class);
		if (tooLarge != null) {
			return bodyTooLarge(tooLarge, request);
		}
		JacksonException json = cause(ex, JacksonException.class);
		if (json instanceof StreamReadException syntax && syntax.getLocation() != null) {
			return answer(request, HttpStatus.BAD_REQUEST, problems.text(request, "error.body.syntax",
					syntax.getLocation().getLineNr(), syntax.getLocation().getColumnNr()), List.of());
		}
		String field = json == null ? ""
				: json.getPath()
					.stream()
					.map(JacksonException.Reference::getPropertyName)
					.filter(java.util.Objects::nonNull)
					.reduce((a, b) -> a + "." + b)
					.orElse("");
		if (field.isEmpty()) {
			return answer(request, HttpStatus.BAD_REQUEST, problems.text(request, "error.body.unreadable"), List.of());
		}
		Object value = json instanceof InvalidFormatException invalid ? invalid.getValue() : null;
		Class<?> type = json instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
		String message = value instanceof String text && text.indexOf('\0') >= 0
				? problems.text(request, "error.field.nul") : problems.text(request,
						isDate(type) ? "error.field.date" : "error.field.format", value == null ? "" : value);
		return answer(request, HttpStatus.BAD_REQUEST, field + ": " + message,
				List.of(InputProblem.field(field, message)));
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class })
	Object tooLarge(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, problems.text(request, "error.upload.tooLarge"),
				List.of());
	}

	/**
	 * Refused by a handler's {@code @PreAuthorize} (before binding or by method security)
	 * or by the filters (a missing CSRF token, which has its own explanation).
	 */
	@ExceptionHandler(AccessDeniedException.class)
	Object forbidden(AccessDeniedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN,
				ex instanceof CsrfException ? problems.text(request, "error.csrf") : null, List.of());
	}

	/**
	 * Only scripts get here (pages are sent to the sign-in page): no or wrong
	 * credentials, a locked account.
	 */
	@ExceptionHandler(AuthenticationException.class)
	Object unauthorized(AuthenticationException ex, HttpServletRequest request) {
		String detail = ex instanceof MessageSourceResolvable specific ? problems.text(request, specific)
				: ex instanceof LockedException ? problems.text(request, "error.locked") : null;
		return answer(request, HttpStatus.UNAUTHORIZED, detail, List.of());
	}

	/**
	 * The database is down or restarting: "try again shortly", in a page that needs no
	 * database (no signed-in user, no session, no CSRF token).
	 */
	@ExceptionHandler(DatabaseUnavailableException.class)
	Object databaseUnavailable(DatabaseUnavailableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		String detail = problems.text(request, "error.database.unavailable");
		if (ApiRequests.matches(request)) {
			return problems.answer(request, HttpStatus.SERVICE_UNAVAILABLE, detail, List.of());
		}
		ModelAndView view = ErrorPages.view(HttpStatus.SERVICE_UNAVAILABLE, detail);
		view.addObject("page", pages.createWithoutDatabase(request));
		return view;
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String detail, List<InputProblem> found) {
		return answer(request, status, detail, found, found.size());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String detail, List<InputProblem> found,
			long problemCount) {
		if (ApiRequests.matches(request)) {
			return problems.answer(request, status, detail, found, problemCount);
		}
		log.debug("{} on {}: {}", status, request.getRequestURI(), detail);
		ModelAndView view = ErrorPages.view(status, detail);
		view.addObject("problems", found);
		view.addObject("page", pages.create(request));
		return view;
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

}
