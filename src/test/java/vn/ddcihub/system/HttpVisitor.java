package vn.ddcihub.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to what sessions need: it keeps the cookies it is given and
 * sends them with every request to whichever node it is pointed at, as a load balancer in
 * front of several nodes would. Redirects are not followed, so tests see where a node
 * sends the visitor.
 */
final class HttpVisitor {

	static final String SESSION_COOKIE = "SESSION";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String accept = "text/html,application/xhtml+xml,*/*;q=0.8";

	private String authorization;

	private Map<String, String> proxyHeaders = Map.of();

	/** A visitor who comes with a cookie kept from before, e.g. from a tab left open. */
	static HttpVisitor withCookie(String name, String value) {
		HttpVisitor visitor = new HttpVisitor();
		visitor.cookies.put(name, value);
		return visitor;
	}

	/**
	 * A visitor at the given address whose requests reach the nodes through a proxy
	 * speaking https to them.
	 */
	static HttpVisitor throughProxy(String visitorAddress) {
		HttpVisitor visitor = new HttpVisitor();
		visitor.proxyHeaders = Map.of("X-Forwarded-For", visitorAddress, "X-Forwarded-Proto", "https");
		return visitor;
	}

	/** A script that sends its user name and password with every call (HTTP Basic). */
	static HttpVisitor withBasicAuthentication(String username, String password) {
		HttpVisitor visitor = new HttpVisitor();
		visitor.accept = "application/json";
		visitor.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return visitor;
	}

	HttpResponse<String> get(String baseUrl, String path) {
		return send(request(baseUrl, path).GET());
	}

	HttpResponse<String> postForm(String baseUrl, String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(baseUrl, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The value of a cookie this visitor holds, or null. */
	String cookie(String name) {
		return cookies.get(name);
	}

	/** The session id behind this visitor's session cookie, or null. */
	String sessionId() {
		String cookie = cookie(SESSION_COOKIE);
		return cookie == null ? null : sessionId(cookie);
	}

	/**
	 * The session id behind a session cookie's value (Spring Session writes it
	 * Base64-encoded).
	 */
	static String sessionId(String sessionCookieValue) {
		return new String(Base64.getDecoder().decode(sessionCookieValue), StandardCharsets.US_ASCII);
	}

	/** The CSRF token of the first form on a page. */
	static String csrfToken(HttpResponse<String> page) {
		Matcher field = CSRF_FIELD.matcher(page.body());
		if (!field.find()) {
			throw new AssertionError("no CSRF field on " + page.uri() + " (status " + page.statusCode() + ")");
		}
		return field.group(1);
	}

	private HttpRequest.Builder request(String baseUrl, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", accept);
		proxyHeaders.forEach(builder::header);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (!cookies.isEmpty()) {
			builder.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(c -> c.getKey() + "=" + c.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::remember);
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		String name = pair.substring(0, equals).trim();
		String value = pair.substring(equals + 1).trim();
		boolean expired = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
		if (expired) {
			cookies.remove(name);
		}
		else {
			cookies.put(name, value);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
