package vn.ddcihub.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

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
		List<InputProblem> problems = BindingProblems.of(ex.getBindingResult(), messages);
		return answer(request, HttpStatus.BAD_REQUEST, "Dữ liệu nhập chưa hợp lệ: "
				+ String.join("; ", problems.stream().map(InputProblem::describe).toList()), problems);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class })
	Object malformed(Exception ex, HttpServletRequest request) {
		String message = ex instanceof MethodArgumentTypeMismatchException mismatch
				? "Giá trị '" + mismatch.getValue() + "' của tham số " + mismatch.getName() + " không đúng định dạng"
						+ (mismatch.getRequiredType() != null && mismatch.getRequiredType().getSimpleName().contains("Date")
								? " (ngày phải có dạng yyyy-MM-dd, ví dụ 2020-12-15)" : "")
				: ex instanceof MissingServletRequestParameterException missing
						? "Thiếu tham số " + missing.getParameterName()
						: "Nội dung gửi lên không đọc được (JSON sai cú pháp hoặc sai kiểu dữ liệu)";
		return answer(request, HttpStatus.BAD_REQUEST, message, List.of());
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class })
	Object tooLarge(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE,
				"Tệp tải lên quá lớn hoặc không đọc được: giới hạn là 10 MB mỗi tệp", List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object forbidden(AccessDeniedException ex, HttpServletRequest request) {
		String message = ex.getMessage() == null || ex.getMessage().startsWith("Access Denied")
				? "Bạn không có quyền thực hiện thao tác này" : ex.getMessage();
		return answer(request, HttpStatus.FORBIDDEN, message, List.of());
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String message, List<InputProblem> problems) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(Map.of("status", status.value(), "message",
					message == null ? "Không tìm thấy" : message, "problems",
					problems.stream().map(p -> Map.of("file", nullToEmpty(p.file()), "row", p.row() == null ? 0 : p.row(),
							"column", nullToEmpty(p.column()), "message", p.message(), "text", p.describe())).toList()));
		}
		log.debug("{} on {}: {}", status, request.getRequestURI(), message);
		ModelAndView view = ErrorPages.view(status, message);
		view.addObject("problems", problems);
		view.addObject("page", pages.create(request));
		return view;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
