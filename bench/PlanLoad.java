import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of bench/plans.sh: creates PLANS plans of 8 component targets × TASKS tasks for the demo
 * department through the API (with a personal API token of its coordinator), optionally adds HISTORY
 * audit records to the first plan's tasks straight into the database (as months of edits would), then
 * measures latency percentiles of the plan list, my work and the plan history, signed in through the
 * login form, with the same client loop as bench/IndexLoad.java.
 *
 * Usage (compiled together with IndexLoad.java): java PlanLoad BASE_URL plans tasks history clients seconds [jdbcUrl]
 */
public class PlanLoad {

	static final String COORDINATOR = "vanphong";
	static final String PASSWORD = System.getenv().getOrDefault("BENCH_PASSWORD", "demo123");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int plans = Integer.parseInt(args[1]);
		int tasks = Integer.parseInt(args[2]);
		int history = Integer.parseInt(args[3]);
		int clients = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		String jdbcUrl = args.length > 6 ? args[6] : null;

		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String basic = "Basic " + Base64.getEncoder().encodeToString((COORDINATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String token = field(send(http, "POST", base + "/api/v1/me/tokens", basic, "{\"name\":\"bench-plans\"}", 201), "token");
		String bearer = "Bearer " + token;
		String units = send(http, "GET", base + "/api/v1/units", basic, null, 200);
		long lead = unitId(units, "QLDD");
		long coordinating = unitId(units, "TTCNTT");

		long start = System.nanoTime();
		List<Long> firstPlanTasks = new ArrayList<>();
		long firstPlan = 0;
		for (int p = 1; p <= plans; p++) {
			long plan = id(send(http, "POST", base + "/api/v1/plans", bearer, """
					{"numberSymbol":"%d/KH-BENCH","place":"Lạng Sơn","issuedOn":"2026-01-15","issuer":"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
					 "title":"Kế hoạch đo hiệu năng %d","year":2026,"baselineYear":2025,"targetYear":2026,
					 "signerTitle":"GIÁM ĐỐC","signerName":"Nguyễn Văn A"}""".formatted(p, p), 201));
			firstPlan = p == 1 ? plan : firstPlan;
			for (int c = 1; c <= 8; c++) {
				long target = id(send(http, "POST", base + "/api/v1/plans/" + plan + "/targets", bearer, """
						{"componentCode":"C%d","componentName":"Chỉ số thành phần %d","targetScore":7.5,"leadUnitIds":[%d]}"""
					.formatted(c, c, lead), 201));
				for (int k = 1; k <= tasks; k++) {
					long task = id(send(http, "POST", base + "/api/v1/plans/" + plan + "/tasks", bearer, """
							{"targetId":%d,"title":"Nhiệm vụ %d.%d.%d","kind":"MONTHLY","dueDay":%d,"leadUnitIds":[%d],
							 "coordinatingUnitIds":[%d]}""".formatted(target, p, c, k, 1 + k % 28, k % 2 == 0 ? lead : coordinating,
							k % 2 == 0 ? coordinating : lead), 201));
					if (p == 1) {
						firstPlanTasks.add(task);
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "Created %d plans x 8 targets x %d tasks (%d tasks) in %.1f s%n", plans, tasks,
				plans * 8 * tasks, (System.nanoTime() - start) / 1e9);
		if (jdbcUrl != null && history > 0) {
			addHistory(jdbcUrl, firstPlanTasks, history);
			System.out.printf(Locale.ROOT, "Added %d audit records to the tasks of plan #%d%n", history, firstPlan);
		}

		HttpClient session = IndexLoad.login(base, COORDINATOR, PASSWORD);
		String[][] endpoints = {
				{ "trivial GET /api/v1/me", "/api/v1/me" },
				{ "plans page", "/plans" },
				{ "plans JSON", "/api/v1/plans" },
				{ "my work page", "/my-work" },
				{ "my work JSON", "/api/v1/my-work" },
				{ "plan page", "/plans/" + firstPlan },
				{ "history page 1", "/plans/" + firstPlan + "/history" },
				{ "history JSON page 200", "/api/v1/plans/" + firstPlan + "/history?page=200" } };
		for (String[] endpoint : endpoints) {
			IndexLoad.run(session, base + endpoint[1], clients, 3, false);
		}
		System.out.printf(Locale.ROOT, "%n%d concurrent clients, %d s per endpoint after a warm-up pass (3 s each) and 3 s just before,"
				+ " signed in as %s%n", clients, seconds, COORDINATOR);
		System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s %10s %7s%n", "endpoint", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"req/s", "errors");
		for (String[] endpoint : endpoints) {
			IndexLoad.run(session, base + endpoint[1], clients, 3, false);
			IndexLoad.Result result = IndexLoad.run(session, base + endpoint[1], clients, seconds, true);
			System.out.printf(Locale.ROOT, "%-24s %9.2f %9.2f %9.2f %9.2f %10.0f %7d%n", endpoint[0], result.p(50), result.p(95),
					result.p(99), result.p(100), result.requestsPerSecond(), result.errors());
		}
	}

	/** Months of edits in one statement: UPDATE records spread over the plan's tasks, one minute apart. */
	static void addHistory(String jdbcUrl, List<Long> taskIds, int count) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres",
				System.getenv().getOrDefault("DB_PASSWORD", ""));
				PreparedStatement insert = connection.prepareStatement("""
						insert into audit_event (occurred_at, actor, organisation_id, entity_type, entity_id, action, after_state)
						select now() - g * interval '1 minute', 'vanphong', p.organisation_id, 'PlanTask',
						       (?::bigint[])[1 + g %% array_length(?::bigint[], 1)]::text, 'UPDATE', jsonb_build_object('edit', g)
						from generate_series(1, ?) g, plan_plan p where p.id = (select plan_id from plan_task where id = ?)"""
					.formatted())) {
			Long[] ids = taskIds.toArray(Long[]::new);
			insert.setArray(1, connection.createArrayOf("bigint", ids));
			insert.setArray(2, connection.createArrayOf("bigint", ids));
			insert.setInt(3, count);
			insert.setLong(4, ids[0]);
			insert.executeUpdate();
		}
	}

	static String send(HttpClient http, String method, String url, String authorization, String json, int expected)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization);
		if (json != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static long id(String json) {
		return Long.parseLong(field(json, "id"));
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	/** The id of a unit of the demo department, from GET /api/v1/units. */
	static long unitId(String unitsJson, String code) {
		for (String unit : unitsJson.split("\\},\\{")) {
			if (unit.contains("\"code\":\"" + code + "\"") && unit.contains("\"id\"")) {
				return Long.parseLong(field(unit, "id"));
			}
		}
		throw new IllegalStateException("no unit " + code);
	}
}
