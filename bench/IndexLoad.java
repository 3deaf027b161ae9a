import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of bench/index.sh: loads editions × units through the import API (HTTP Basic, once per
 * edition), signs in once with the login form and reuses the session cookie, then measures latency
 * percentiles and throughput of the index endpoints next to a trivial one with N concurrent clients.
 *
 * Usage: java IndexLoad.java BASE_URL [editions] [units] [clients] [seconds]
 */
public class IndexLoad {

	static final String USER = System.getenv().getOrDefault("BENCH_USER", "admin");
	static final String PASSWORD = System.getenv().getOrDefault("BENCH_PASSWORD", "demo123");

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int editions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int units = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
		int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
		int firstYear = 2040;
		int lastYear = firstYear + editions - 1;

		HttpClient basic = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String authorization = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		Random random = new Random(42);
		long loadStart = System.nanoTime();
		for (int year = firstYear; year <= lastYear; year++) {
			StringBuilder csv = new StringBuilder("unit_code;unit_name;c1;c2;c3;c4;c5;c6;c7;c8\n");
			for (int u = 1; u <= units; u++) {
				csv.append(String.format(Locale.ROOT, "B%02d;Đơn vị thử %02d", u, u));
				for (int c = 0; c < 8; c++) {
					csv.append(';').append(String.format(Locale.ROOT, "%.2f", 2 + 7 * random.nextDouble()).replace('.', ','));
				}
				csv.append('\n');
			}
			String boundary = "----bench" + year;
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-" + year
					+ ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
			HttpResponse<String> response = basic.send(HttpRequest.newBuilder(
					URI.create(base + "/api/v1/editions/" + year + "/results?block=DISTRICT&createUnits=true"))
				.header("Authorization", authorization)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("import " + year + " failed: " + response.statusCode() + " " + response.body());
			}
		}
		System.out.printf(Locale.ROOT, "Loaded %d editions x %d units (DISTRICT %d-%d) in %.1f s%n", editions, units, firstYear,
				lastYear, (System.nanoTime() - loadStart) / 1e9);

		HttpClient session = login(base);
		String[][] endpoints = {
				{ "trivial GET /api/v1/me", "/api/v1/me" },
				{ "league table JSON", "/api/v1/editions/" + lastYear + "/results?block=DISTRICT" },
				{ "unit profile JSON", "/api/v1/editions/" + lastYear + "/units/B07/profile?block=DISTRICT" },
				{ "target rank JSON", "/api/v1/editions/" + lastYear + "/units/B07/target-rank?block=DISTRICT&rank=10" },
				{ "league table page", "/index?year=" + lastYear + "&block=DISTRICT" },
				{ "unit profile page", "/index/" + lastYear + "/units/B07?block=DISTRICT" } };
		for (String[] endpoint : endpoints) {
			run(session, base + endpoint[1], clients, 3, false);
		}
		System.out.printf(Locale.ROOT, "%n%d concurrent clients, %d s per endpoint after a warm-up pass (3 s each) and 3 s just before,"
				+ " one session cookie%n", clients, seconds);
		System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s %9s %10s %7s%n", "endpoint", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"req/s", "errors");
		for (String[] endpoint : endpoints) {
			run(session, base + endpoint[1], clients, 3, false);
			Result result = run(session, base + endpoint[1], clients, seconds, true);
			System.out.printf(Locale.ROOT, "%-26s %9.2f %9.2f %9.2f %9.2f %10.0f %7d%n", endpoint[0], result.p(50), result.p(95),
					result.p(99), result.p(100), result.requestsPerSecond, result.errors);
		}
	}

	static HttpClient login(String base) throws Exception {
		return login(base, USER, PASSWORD);
	}

	static HttpClient login(String base, String user, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"(_csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&" + csrf.group(1) + "=" + enc(csrf.group(2));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
		}
		return client;
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The cookies the client's cookie handler would send to the address (its session). */
	static String cookieOf(HttpClient client, String url) {
		try {
			CookieHandler cookies = client.cookieHandler().orElse(null);
			if (cookies == null) {
				return "";
			}
			return String.join("; ", cookies.get(URI.create(url), Map.of()).getOrDefault("Cookie", List.of()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	record Result(List<Long> nanos, double requestsPerSecond, long errors) {
		double p(int percentile) {
			if (nanos.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * nanos.size()) - 1;
			return nanos.get(Math.max(0, Math.min(nanos.size() - 1, index))) / 1e6;
		}
	}

	static Result run(HttpClient client, String url, int clients, int seconds, boolean record)
			throws InterruptedException, IOException {
		return run(Collections.nCopies(clients, client), url, seconds);
	}

	/**
	 * One thread per client, each sending the request again as soon as it has the answer, for the given seconds.
	 * The requests go through the JDK's blocking HttpURLConnection (kept-alive connections) with the client's session
	 * cookie: the load client shares the machine's cores with the application, and java.net.http.HttpClient spent
	 * about a third of them on its own (5 ms of CPU per 50 kB page), which showed as the application's latency.
	 */
	static Result run(List<HttpClient> clients, String url, int seconds) throws InterruptedException, IOException {
		System.setProperty("http.maxConnections", "256");
		List<List<Long>> perClient = new ArrayList<>();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients.size());
		URL address = URI.create(url).toURL();
		for (HttpClient client : clients) {
			String cookie = cookieOf(client, url);
			List<Long> latencies = new ArrayList<>();
			perClient.add(latencies);
			Thread thread = new Thread(() -> {
				byte[] buffer = new byte[64 * 1024];
				try {
					while (!stop.get()) {
						long start = System.nanoTime();
						try {
							HttpURLConnection connection = (HttpURLConnection) address.openConnection();
							connection.setInstanceFollowRedirects(false);
							connection.setRequestProperty("Accept", "application/json, text/html");
							if (!cookie.isEmpty()) {
								connection.setRequestProperty("Cookie", cookie);
							}
							if (connection.getResponseCode() != 200) {
								errors.incrementAndGet();
							}
							// read to the end, so that the connection is kept for the next request
							try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream()
									: connection.getErrorStream()) {
								while (body != null && body.read(buffer) >= 0) {
								}
							}
						} catch (Exception e) {
							errors.incrementAndGet();
						}
						latencies.add(System.nanoTime() - start);
					}
				} finally {
					done.countDown();
				}
			});
			thread.setDaemon(true);
			thread.start();
		}
		long start = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		List<Long> all = new ArrayList<>();
		perClient.forEach(all::addAll);
		Collections.sort(all);
		return new Result(all, all.size() / elapsed, errors.get());
	}
}
