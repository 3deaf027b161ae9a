package vn.ddcihub.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Bodies other than file uploads (JSON of the API, page forms) are at most
 * {@code ddci.request.max-body-size} (2 MB): a larger declared length is refused with 413
 * before a byte is read, a body sent without a length is cut off with 413 as soon as it
 * passes the limit — so a 100 MB text never reaches a field, the database or other
 * readers. Uploads (multipart) declaring more than {@code ddci.request.max-upload-size}
 * are refused the same way, except at the addresses of
 * {@code ddci.request.large-upload-paths}, which take up to the container's multipart
 * limit so that the handler can refuse an oversized file by name and keep the rest of the
 * form. Runs right after the security filters, so only a signed-in client gets this far.
 */
@Component
@Order(-99)
class RequestBodyLimit extends OncePerRequestFilter {

	/** The body is over the limit. */
	static final class TooLarge extends RuntimeException implements MessageSourceResolvable {

		private final long limitBytes;

		TooLarge(long limitBytes) {
			super("request body over " + limitBytes + " bytes");
			this.limitBytes = limitBytes;
		}

		@Override
		public String[] getCodes() {
			return new String[] { "error.body.tooLarge" };
		}

		@Override
		public Object[] getArguments() {
			return new Object[] { limitBytes / (1024 * 1024) };
		}

	}

	private final long limit;

	private final long uploadLimit;

	private final List<String> largeUploadPaths;

	private final HandlerExceptionResolver errors;

	private final AntPathMatcher paths = new AntPathMatcher();

	RequestBodyLimit(@Value("${ddci.request.max-body-size:2MB}") DataSize limit,
			@Value("${ddci.request.max-upload-size:10304KB}") DataSize uploadLimit,
			@Value("${ddci.request.large-upload-paths:}") List<String> largeUploadPaths,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.limit = limit.toBytes();
		this.uploadLimit = uploadLimit.toBytes();
		this.largeUploadPaths = largeUploadPaths.stream().filter(p -> !p.isBlank()).map(String::strip).toList();
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			if (request.getContentLengthLong() > uploadLimit && !largeUpload(request)) {
				refuse(request, response, new MaxUploadSizeExceededException(uploadLimit));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, new TooLarge(limit));
			return;
		}
		chain.doFilter(new LimitedBody(request, limit), response);
	}

	private boolean largeUpload(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return largeUploadPaths.stream().anyMatch(pattern -> paths.match(pattern, path));
	}

	/** The API gets its problem detail written; a page gets the error page. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, Exception refusal)
			throws IOException {
		var page = errors.resolveException(request, response, null, refusal);
		if (page != null && !page.isEmpty()) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}
	}

	/** A request whose body stream fails once more than the limit has been read. */
	private static final class LimitedBody extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream body;

		LimitedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new CountingStream(super.getInputStream(), limit);
			}
			return body;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > limit) {
				throw new TooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
