package vn.ddcihub.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import vn.ddcihub.shared.InputProblem;

/**
 * Every error answer of the API as a problem detail (RFC 9457,
 * {@code application/problem+json}): the status's title and a detail in the language of
 * the request, the path as {@code instance}, and for bad input the extension member
 * {@code problems} (file, row, column, field, message). The language comes from the
 * {@link LanguageResolver}, so answers written outside a handler (401 from the security
 * filters, container errors) are in the same language as the rest.
 */
@Component
class ProblemAnswers {

	/** Bad input: {@code problems} lists where and what. */
	static final URI INVALID_INPUT = URI.create("urn:ddci-hub:problem:invalid-input");

	/**
	 * The input collides with what is stored (a code that exists already):
	 * {@code problems} names the field.
	 */
	static final URI CONFLICT = URI.create("urn:ddci-hub:problem:conflict");

	private final MessageSource messages;

	private final LocaleResolver languages;

	ProblemAnswers(MessageSource messages, LocaleResolver languages) {
		this.messages = messages;
		this.languages = languages;
	}

	/**
	 * @param detail what happened, already in the request's language; null for the
	 * status's usual text
	 */
	ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String detail,
			List<InputProblem> problems) {
		return answer(request, status, detail, problems, problems.size());
	}

	/**
	 * @param problemCount how many problems were found; more than {@code problems} lists
	 * when only the first were kept — then the member {@code problemCount} says so
	 */
	ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String detail,
			List<InputProblem> problems, long problemCount) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail != null ? detail
				: textOr(request, "problem." + status.value() + ".detail", status.getReasonPhrase()));
		problem.setTitle(textOr(request, "problem." + status.value() + ".title", status.getReasonPhrase()));
		problem.setInstance(URI.create(path(request)));
		if (status == HttpStatus.BAD_REQUEST) {
			problem.setType(INVALID_INPUT);
			problem.setProperty("problems", problems.stream().map(Item::of).toList());
			if (problemCount > problems.size()) {
				problem.setProperty("problemCount", problemCount);
			}
		}
		else if (status == HttpStatus.CONFLICT && !problems.isEmpty()) {
			problem.setType(CONFLICT);
			problem.setProperty("problems", problems.stream().map(Item::of).toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	String text(HttpServletRequest request, MessageSourceResolvable message) {
		return messages.getMessage(message, language(request));
	}

	String text(HttpServletRequest request, String key, Object... arguments) {
		return messages.getMessage(key, arguments, language(request));
	}

	private String textOr(HttpServletRequest request, String key, String fallback) {
		return messages.getMessage(key, null, fallback, language(request));
	}

	private Locale language(HttpServletRequest request) {
		return languages.resolveLocale(request);
	}

	/**
	 * The path that was asked for, also when the container forwarded the failure to
	 * /error.
	 */
	private static String path(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return failed != null ? failed.toString() : request.getRequestURI();
	}

	/**
	 * One problem of bad input: a place in a file (file, row, column) or a field of the
	 * request (field), and the message.
	 */
	record Item(String file, Integer row, String column, String field, String message) {

		static Item of(InputProblem problem) {
			boolean inFile = problem.file() != null || problem.row() != null;
			return new Item(problem.file(), problem.row(), inFile ? problem.column() : null,
					inFile ? null : problem.column(), problem.message());
		}
	}

}
