import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Load client of bench/sessions.sh: CLIENTS visitors, each signed in with a session of its own, request
 * pages in a loop. Prints latency percentiles per page and how many pooled database connections one
 * request borrowed (Hikari's usage count from /actuator/prometheus), so runs with sessions in memory and
 * in PostgreSQL can be compared. Compiled together with IndexLoad.java, whose sign-in and measuring
 * loop it uses.
 *
 * Usage: java -cp CLASSES SessionLoad BASE_URL LABEL [clients] [seconds]
 */
public class SessionLoad {

	static final String[][] PAGES = { { "JSON /api/v1/me", "/api/v1/me" }, { "page /", "/" }, { "page /plans", "/plans" },
			{ "page /my-work", "/my-work" } };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String label = args[1];
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;

		List<HttpClient> visitors = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			visitors.add(IndexLoad.login(base));
		}
		long requests = 0;
		for (String[] page : PAGES) {
			requests += IndexLoad.run(visitors, base + page[1], 3).nanos().size();
		}
		System.out.printf(Locale.ROOT, "%n%s: %d signed-in visitors (one session each), %d s per page after a 3 s warm-up%n", label,
				clients, seconds);
		System.out.printf(Locale.ROOT, "%-18s %8s %8s %8s %9s %7s %16s%n", "request", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors",
				"connections/req");
		for (String[] page : PAGES) {
			long borrowedBefore = borrowedConnections(base);
			IndexLoad.Result result = IndexLoad.run(visitors, base + page[1], seconds);
			long borrowed = borrowedConnections(base) - borrowedBefore;
			requests += result.nanos().size();
			System.out.printf(Locale.ROOT, "%-18s %8.2f %8.2f %8.2f %9.0f %7d %16.2f%n", page[0], result.p(50), result.p(95),
					result.p(99), result.requestsPerSecond(), result.errors(), (double) borrowed / result.nanos().size());
		}
		System.out.printf(Locale.ROOT, "signed-in requests, warm-up included: %d%n", requests);
	}

	/** How often the application's pool lent a connection so far (hikaricp_connections_usage_seconds_count). */
	static long borrowedConnections(String base) throws Exception {
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString((IndexLoad.USER + ":" + IndexLoad.PASSWORD).getBytes(StandardCharsets.UTF_8));
		String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
			.header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString()).body();
		return metrics.lines()
			.filter(line -> line.startsWith("hikaricp_connections_usage_seconds_count{") && line.contains("pool=\"ddci\""))
			.mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no Hikari usage count at /actuator/prometheus (signed in as ADMIN?)"));
	}
}
