package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors answered by the real servlet container, as a browser or a script meets them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "ddci.embedded.data-dir=target/test-data/postgres",
		"ddci.embedded.port=0", "ddci.embedded.clean=true", "ddci.demo=true", "ddci.db.url=", "ddci.admin-password=", "ddci.templates-dir=target/test-data/templates" })
class HttpErrorsTest {

	private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo123".getBytes());

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void unsupportedMethodGetsAVietnameseJsonMessage() throws Exception {
		HttpResponse<String> answer = http.send(request("/api/v1/units").method("PATCH", BodyPublishers.noBody()).build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.body()).contains("Phương thức HTTP này không được hỗ trợ").doesNotContain("Exception");
	}

	@Test
	void unknownPageGetsTheVietnameseErrorPage() throws Exception {
		HttpResponse<String> answer = http.send(request("/trang-khong-co").header("Accept", "text/html").GET().build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).contains("Không tìm thấy trang").contains("<html lang=\"vi\">");
	}

	@Test
	void oversizedUploadIsRefusedWithItsLimit() throws Exception {
		byte[] big = new byte[11 * 1024 * 1024];
		Arrays.fill(big, (byte) 'x');
		String boundary = "ddciBoundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + big.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(big, 0, body, head.length, big.length);
		System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
		HttpResponse<String> answer = http.send(request("/api/v1/editions/2019/results")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("10 MB");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", ADMIN);
	}
}
