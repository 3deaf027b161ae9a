import java.net.URI;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of bench/load.sh: CLIENTS scripts call the API in a loop, each call signed in by itself
 * (no session), eight reads and two writes out of every ten calls, SECONDS with a personal API token
 * (Authorization: Bearer) and SECONDS with HTTP Basic, after a warm-up of each; the modes take turns in
 * ROUNDS slices so that both meet the same background load.
 * Prints per mode the calls, errors (any answer but 2xx, or no answer), p50/p95/p99 and calls/s.
 *
 * Usage: java -cp CLASSES MixedLoad BASE_URL [clients=50] [seconds=600] [warm-up seconds=10] [rounds=1]
 */
public class MixedLoad {

	static final String USER = "vanphong";

	static final String PASSWORD = "demo123";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 600;
		int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
		int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

		String token = field(send(http, json(base + "/api/v1/me/tokens", basic).POST(body("{\"name\":\"bench load\"}")), 201), "token");
		String plan = field(send(http, json(base + "/api/v1/plans", basic).GET(), 200), "id");
		long unit = unitId(send(http, json(base + "/api/v1/units", basic).GET(), 200), "QLDD");
		String[] reads = { "/api/v1/me", "/api/v1/plans", "/api/v1/plans/" + plan, "/api/v1/editions/2019/results?block=DEPARTMENT",
				"/api/v1/my-work", "/api/v1/units", "/api/v1/plans/" + plan, "/api/v1/units/" + unit };
		String write = "/api/v1/units/" + unit + "/contact";

		System.out.printf(Locale.ROOT, "%d concurrent clients as %s, %d s per mode in %d turn(s) after %d s of warm-up per mode; of every"
				+ " 10 calls 8 reads (%s) and 2 writes (PUT %s)%n", clients, USER, seconds, rounds, warmUp, String.join(", ", reads), write);
		System.out.printf(Locale.ROOT, "%-8s %9s %7s %9s %9s %9s %9s%n", "mode", "calls", "errors", "p50 ms", "p95 ms", "p99 ms", "calls/s");
		String[][] modes = { { "token", "Bearer " + token }, { "basic", basic } };
		for (String[] mode : modes) {
			run(http, base, mode[1], reads, write, clients, warmUp);
		}
		// On a shared machine the background load changes by the minute: the modes take turns in ROUNDS slices so
		// both meet the same conditions.
		List<List<Result>> slices = List.of(new ArrayList<>(), new ArrayList<>());
		for (int round = 0; round < rounds; round++) {
			for (int m = 0; m < modes.length; m++) {
				slices.get(m).add(run(http, base, modes[m][1], reads, write, clients, Math.max(1, seconds / rounds)));
			}
		}
		List<Result> results = new ArrayList<>();
		for (int m = 0; m < modes.length; m++) {
			Result result = Result.merge(slices.get(m));
			results.add(result);
			System.out.printf(Locale.ROOT, "%-8s %9d %7d %9.1f %9.1f %9.1f %9.0f%n", modes[m][0], result.nanos().size(), result.errors(),
					result.p(50), result.p(95), result.p(99), result.callsPerSecond());
			if (result.firstError() != null) {
				System.out.println("  first error: " + result.firstError());
			}
		}
		System.out.printf(Locale.ROOT, "basic p95 / token p95: %.2f%n", results.get(1).p(95) / results.get(0).p(95));
	}

	record Result(List<Long> nanos, double callsPerSecond, long errors, String firstError) {
		static Result merge(List<Result> slices) {
			List<Long> all = new ArrayList<>();
			double seconds = 0;
			long errors = 0;
			String firstError = null;
			for (Result slice : slices) {
				all.addAll(slice.nanos());
				seconds += slice.nanos().size() / slice.callsPerSecond();
				errors += slice.errors();
				firstError = firstError != null ? firstError : slice.firstError();
			}
			Collections.sort(all);
			return new Result(all, all.size() / seconds, errors, firstError);
		}

		double p(int percentile) {
			if (nanos.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * nanos.size()) - 1;
			return nanos.get(Math.max(0, Math.min(nanos.size() - 1, index))) / 1e6;
		}
	}

	/** One thread per client, each sending its next call as soon as it has the answer. */
	static Result run(HttpClient http, String base, String authorization, String[] reads, String write, int clients, int seconds)
			throws InterruptedException {
		List<List<Long>> perClient = new ArrayList<>();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong errors = new AtomicLong();
		List<String> firstError = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			List<Long> latencies = new ArrayList<>();
			perClient.add(latencies);
			int client = c;
			Thread thread = new Thread(() -> {
				try {
					for (long i = client; !stop.get(); i++) {
						int step = (int) (i % 10);
						HttpRequest.Builder request = step < reads.length ? json(base + reads[step], authorization).GET()
								: json(base + write, authorization).PUT(body("{\"email\":\"qldd@stnmt.langson.gov.vn\",\"phone\":\"0205 3812 "
										+ String.format(Locale.ROOT, "%03d", i % 1000) + "\",\"headName\":\"Hoàng Văn Đức\"}"));
						long start = System.nanoTime();
						try {
							HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() / 100 != 2) {
								errors.incrementAndGet();
								if (firstError.isEmpty()) {
									firstError.add(response.statusCode() + " " + response.body());
								}
							}
						} catch (Exception e) {
							errors.incrementAndGet();
							if (firstError.isEmpty()) {
								firstError.add(e.toString());
							}
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
		return new Result(all, all.size() / elapsed, errors.get(), firstError.isEmpty() ? null : firstError.get(0));
	}

	static HttpRequest.Builder json(String url, String authorization) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
			.header("Accept", "application/json").header("Content-Type", "application/json");
	}

	static HttpRequest.BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
	}

	static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** The first value of a field in a JSON answer (string or number). */
	static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
		if (!value.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return value.group(1);
	}

	/** The id of the unit with this code in the answer of GET /api/v1/units. */
	static long unitId(String units, String code) {
		Matcher unit = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)[^{}]*\"code\"\\s*:\\s*\"" + code + "\"").matcher(units);
		if (!unit.find()) {
			throw new IllegalStateException("no unit " + code + " in " + units);
		}
		return Long.parseLong(unit.group(1));
	}
}
