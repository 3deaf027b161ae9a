package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

class RequestBodyLimitTest {

	private final List<Exception> answered = new ArrayList<>();

	private final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofMegabytes(2), DataSize.ofMegabytes(12),
			List.of("/reports/*", "/api/v1/reports/*/attachments"), (request, response, handler, ex) -> {
				answered.add(ex);
				return new ModelAndView();
			});

	@Test
	void aDeclared100MegabyteBodyIsRefusedWithoutReadingIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/plans") {
			@Override
			public long getContentLengthLong() {
				return 100L * 1024 * 1024;
			}

			@Override
			public ServletInputStream getInputStream() {
				throw new AssertionError("the body was read");
			}
		};
		request.setContentType("application/json");
		MockFilterChain chain = new MockFilterChain();
		limit.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(answered).singleElement().isInstanceOf(RequestBodyLimit.TooLarge.class);
	}

	@Test
	void aBodyWithoutLengthIsCutOffOnceItPassesTheLimit() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/plans") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public ServletInputStream getInputStream() {
				return new DelegatingServletInputStream(InputStream.nullInputStream()) {
					@Override
					public int read(byte[] buffer, int offset, int length) {
						return length;
					}
				};
			}
		};
		request.setContentType("application/json");
		MockFilterChain chain = new MockFilterChain();
		limit.doFilter(request, new MockHttpServletResponse(), chain);
		InputStream body = chain.getRequest().getInputStream();
		byte[] buffer = new byte[64 * 1024];
		long read = 0;
		try {
			while (read < 200L * 1024 * 1024) {
				read += body.read(buffer, 0, buffer.length);
			}
		}
		catch (RequestBodyLimit.TooLarge expected) {
			// cut off
		}
		assertThat(read).isLessThanOrEqualTo(2L * 1024 * 1024 + buffer.length);
	}

	@Test
	void uploadsKeepTheirOwnLimit() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/editions/2020/results");
		request.setContentType("multipart/form-data; boundary=x");
		request.setContent(new byte[3 * 1024 * 1024]);
		MockFilterChain chain = new MockFilterChain();
		limit.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(answered).isEmpty();
	}

	@Test
	void aLargerUploadIsRefusedUnlessItsAddressTakesLargeFiles() throws Exception {
		MockFilterChain refusedChain = new MockFilterChain();
		limit.doFilter(declaring("/api/v1/editions/2020/results", 50L * 1024 * 1024), new MockHttpServletResponse(),
				refusedChain);
		assertThat(refusedChain.getRequest()).isNull();
		assertThat(answered).singleElement().isInstanceOf(MaxUploadSizeExceededException.class);
		for (String evidence : List.of("/reports/12", "/api/v1/reports/12/attachments")) {
			MockFilterChain chain = new MockFilterChain();
			limit.doFilter(declaring(evidence, 50L * 1024 * 1024), new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).as(evidence).isNotNull();
		}
		assertThat(answered).hasSize(1);
	}

	/**
	 * A multipart request declaring {@code length} bytes, none of which may be read here.
	 */
	private static MockHttpServletRequest declaring(String path, long length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
			@Override
			public long getContentLengthLong() {
				return length;
			}

			@Override
			public ServletInputStream getInputStream() {
				throw new AssertionError("the body was read");
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		return request;
	}

}
