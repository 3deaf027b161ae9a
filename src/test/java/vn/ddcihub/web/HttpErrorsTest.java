package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors answered by the real servlet container, as a browser or a script meets them:
 * under /api every error is a problem detail (RFC 9457) whose title and detail are
 * Vietnamese unless the request asks for English (Accept-Language or ?lang=en), whichever
 * layer answers — security filters, handlers, the container.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ddci.embedded.data-dir=target/test-data/postgres", "ddci.embedded.port=0",
				"ddci.embedded.clean=true", "ddci.demo=true", "ddci.db.url=", "ddci.admin-password=",
				"ddci.templates-dir=target/test-data/templates" })
class HttpErrorsTest {

	private static final String ADMIN = basic("admin");

	private static final String UNIT_STAFF = basic("qldd");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void unsupportedMethodGetsAVietnameseProblem() throws Exception {
		HttpResponse<String> answer = http.send(
				request("/api/v1/units").method("PATCH", BodyPublishers.noBody()).build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.body()).contains("Phương thức HTTP này không được hỗ trợ").doesNotContain("Exception");
		JsonNode problem = problem(answer, 405);
		assertThat(problem.get("title").asString()).isEqualTo("Phương thức không được hỗ trợ");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/units");
	}

	@Test
	void unauthenticatedCallsGetA401ProblemInTheirLanguage() throws Exception {
		Supplier<HttpRequest.Builder> call = () -> HttpRequest.newBuilder(uri("/api/v1/units")).GET();
		assertLanguages(call, 401, "Cần đăng nhập", "Cần đăng nhập (HTTP Basic", "Sign-in required",
				"Sign in (HTTP Basic");
		HttpResponse<String> wrongToken = http.send(HttpRequest.newBuilder(uri("/api/v1/units?lang=en"))
			.header("Authorization", "Bearer ddci_not-a-token")
			.GET()
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(problem(wrongToken, 401).get("detail").asString())
			.isEqualTo("The API token is not valid or has been revoked");
	}

	@Test
	void refusedCallsGetA403ProblemInTheirLanguage() throws Exception {
		Supplier<HttpRequest.Builder> call = () -> HttpRequest.newBuilder(uri("/api/v1/users"))
			.header("Authorization", UNIT_STAFF)
			.GET();
		assertLanguages(call, 403, "Không có quyền", "Bạn không có quyền thực hiện thao tác này", "Forbidden",
				"You may not do this");
	}

	@Test
	void missingRecordsGetA404ProblemInTheirLanguage() throws Exception {
		Supplier<HttpRequest.Builder> call = () -> request("/api/v1/plans/987654").GET();
		assertLanguages(call, 404, "Không tìm thấy", "Không tìm thấy kế hoạch #987654", "Not found",
				"Plan #987654 not found");
		Supplier<HttpRequest.Builder> noSuchAddress = () -> request("/api/v1/khong-co").GET();
		assertLanguages(noSuchAddress, 404, "Không tìm thấy", "Không tìm thấy địa chỉ", "Not found", "This address");
	}

	@Test
	void badInputGetsA400ProblemListingEachFieldInTheirLanguage() throws Exception {
		Supplier<HttpRequest.Builder> call = () -> request("/api/v1/organisations")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"code\":\"có dấu\",\"name\":\"\",\"kind\":\"DISTRICT\"}"));
		for (JsonNode problem : assertLanguages(call, 400, "Dữ liệu chưa hợp lệ", "Dữ liệu nhập chưa hợp lệ",
				"Invalid input", "Invalid input")) {
			assertThat(problem.get("type").asString()).isEqualTo("urn:ddci-hub:problem:invalid-input");
			assertThat(problem.get("problems").valueStream().map(p -> p.get("field").asString())).contains("code",
					"name");
		}
	}

	@Test
	void tooLargeUploadGetsA413ProblemInTheirLanguage() throws Exception {
		assertLanguages(() -> oversizedUpload("/api/v1/editions/2019/results"), 413, "Tệp quá lớn", "10 MB",
				"File too large", "10 MB");
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
		HttpResponse<String> answer = http.send(oversizedUpload("/api/v1/editions/2019/results").build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("10 MB");
	}

	private HttpRequest.Builder oversizedUpload(String path) {
		byte[] big = new byte[11 * 1024 * 1024];
		Arrays.fill(big, (byte) 'x');
		String boundary = "ddciBoundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + big.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(big, 0, body, head.length, big.length);
		System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
		return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body));
	}

	/**
	 * The same call three times: without a language (Vietnamese), with
	 * {@code Accept-Language: en} and with {@code ?lang=en}; each answer is a problem
	 * detail with the expected title and detail.
	 */
	private List<JsonNode> assertLanguages(Supplier<HttpRequest.Builder> call, int status, String titleVi,
			String detailVi, String titleEn, String detailEn) throws Exception {
		HttpRequest vietnamese = call.get().build();
		HttpRequest acceptEnglish = call.get().header("Accept-Language", "en-GB,en;q=0.9").build();
		HttpRequest chosenEnglish = call.get()
			.uri(URI.create(vietnamese.uri() + (vietnamese.uri().getQuery() == null ? "?" : "&") + "lang=en"))
			.build();
		List<JsonNode> problems = new ArrayList<>();
		JsonNode vi = problem(http.send(vietnamese, BodyHandlers.ofString(StandardCharsets.UTF_8)), status);
		assertThat(vi.get("title").asString()).isEqualTo(titleVi);
		assertThat(vi.get("detail").asString()).contains(detailVi);
		assertThat(vi.get("instance").asString()).isEqualTo(vietnamese.uri().getPath());
		problems.add(vi);
		for (HttpRequest english : List.of(acceptEnglish, chosenEnglish)) {
			JsonNode en = problem(http.send(english, BodyHandlers.ofString(StandardCharsets.UTF_8)), status);
			assertThat(en.get("title").asString()).as(english.uri() + " " + english.headers().map()).isEqualTo(titleEn);
			assertThat(en.get("detail").asString()).contains(detailEn);
			problems.add(en);
		}
		return problems;
	}

	private JsonNode problem(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
	}

}
