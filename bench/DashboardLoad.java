import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Load client of bench/dashboards.sh: generates ORGS organisations × UNITS units × TASKS tasks × PERIODS monthly
 * periods of unit reports straight into the database (generate_series, one statement per table), each plan a copy
 * of the seed plan's header and component targets, in force; then measures latency percentiles of the leadership
 * dashboard (as the first generated organisation's director) and the province view (as skhdt), JSON and pages,
 * with the same client loop as bench/IndexLoad.java.
 *
 * Usage (compiled together with IndexLoad.java): java DashboardLoad BASE_URL jdbcUrl orgs units tasks periods clients seconds
 */
public class DashboardLoad {

	static final String PASSWORD = System.getenv().getOrDefault("BENCH_PASSWORD", "demo123");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String jdbcUrl = args[1];
		int orgs = Integer.parseInt(args[2]);
		int units = Integer.parseInt(args[3]);
		int tasks = Integer.parseInt(args[4]);
		int periods = Integer.parseInt(args[5]);
		int clients = Integer.parseInt(args[6]);
		int seconds = Integer.parseInt(args[7]);

		long start = System.nanoTime();
		long plan;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", System.getenv().getOrDefault("DB_PASSWORD", ""))) {
			db.setAutoCommit(false);
			plan = generate(db, orgs, units, tasks, periods);
			db.commit();
			try (Statement s = db.createStatement()) {
				s.execute("analyze");
			}
			System.out.printf(Locale.ROOT, "Generated %d organisations x %d units x %d tasks x %d monthly periods: %s in %.1f s%n",
					orgs, units, tasks, periods, counts(db), (System.nanoTime() - start) / 1e9);
		}

		HttpClient leader = IndexLoad.login(base, "bench-lanhdao-1", PASSWORD);
		HttpClient viewer = IndexLoad.login(base, "skhdt", PASSWORD);
		Object[][] endpoints = {
				{ "trivial GET /api/v1/me", viewer, "/api/v1/me" },
				{ "dashboard JSON", leader, "/api/v1/dashboard?plan=" + plan },
				{ "dashboard page", leader, "/dashboard?plan=" + plan },
				{ "province JSON", viewer, "/api/v1/province" },
				{ "province page", viewer, "/province" } };
		// The first minute of a started application runs slower (the JIT is still compiling the paths under
		// load): warm every endpoint up for WARMUP seconds first.
		int warmUp = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "12"));
		for (Object[] endpoint : endpoints) {
			IndexLoad.run((HttpClient) endpoint[1], base + endpoint[2], clients, warmUp, false);
		}
		System.out.printf(Locale.ROOT, "%n%d concurrent clients, %d s per endpoint after a warm-up pass (%d s each) and 3 s just before%n",
				clients, seconds, warmUp);
		System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s %10s %7s%n", "endpoint", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"req/s", "errors");
		for (Object[] endpoint : endpoints) {
			HttpClient client = (HttpClient) endpoint[1];
			IndexLoad.run(client, base + endpoint[2], clients, 3, false);
			IndexLoad.Result result = IndexLoad.run(client, base + endpoint[2], clients, seconds, true);
			System.out.printf(Locale.ROOT, "%-24s %9.2f %9.2f %9.2f %9.2f %10.0f %7d%n", endpoint[0], result.p(50), result.p(95),
					result.p(99), result.p(100), result.requestsPerSecond(), result.errors());
		}
	}

	/**
	 * Organisations BENCH1..n, each with an Office (VP, receives the reports) and n units that lead the tasks in
	 * turn, a director bench-lanhdao-i (password of the demo director), one plan in force copying the seed plan's
	 * header and targets with the tasks spread over the targets, a monthly line and the periods of the last months,
	 * and reports: about 70 % accepted, 10 % submitted, 10 % returned, 10 % missing, a fifth of them late.
	 *
	 * @return the first generated plan
	 */
	static long generate(Connection db, int orgs, int units, int tasks, int periods) throws Exception {
		String[] statements = {
				"""
				insert into org_organisation (code, name, short_name, kind, parent_name)
				select 'BENCH' || g, 'Sở thử tải ' || g, 'Sở ' || g, 'DEPARTMENT', 'UBND tỉnh Lạng Sơn' from generate_series(1, %1$d) g""",
				"""
				insert into org_unit (organisation_id, code, name, sort_order)
				select o.id, case when u = 0 then 'VP' else 'P' || u end,
				       case when u = 0 then 'Văn phòng Sở' else 'Phòng chuyên môn ' || u end, u
				from org_organisation o, generate_series(0, %2$d) u where o.code like 'BENCH%%'""",
				"""
				insert into org_user (username, display_name, password_hash, organisation_id, unit_id, roles)
				select 'bench-lanhdao-' || substr(o.code, 6), 'Giám đốc ' || o.name, d.password_hash, o.id,
				       (select id from org_unit where organisation_id = o.id and code = 'VP'), '{LEADER}'
				from org_organisation o, org_user d where o.code like 'BENCH%%' and d.username = 'lanhdao'""",
				"""
				insert into plan_plan (organisation_id, number_symbol, place, issued_on, issuer_parent, issuer, title, year,
				    baseline_year, target_year, signer_title, signer_name, goal_total_rank, goal_total_score, status, revision)
				select o.id, substr(o.code, 6) || '/KH-BENCH', s.place, s.issued_on, s.issuer_parent, o.name, s.title, s.year,
				       s.baseline_year, s.target_year, s.signer_title, s.signer_name, s.goal_total_rank, s.goal_total_score,
				       'ISSUED', 1
				from org_organisation o, plan_plan s where o.code like 'BENCH%%' and s.number_symbol = '60/KH-STNMT'""",
				"""
				insert into plan_target (plan_id, component_code, component_name, sort_order, baseline_score, baseline_rank,
				    target_score, target_text)
				select p.id, t.component_code, t.component_name, t.sort_order, t.baseline_score, t.baseline_rank,
				       t.target_score, t.target_text
				from plan_plan p, plan_target t
				where p.number_symbol like '%%/KH-BENCH' and t.plan_id = (select id from plan_plan where number_symbol = '60/KH-STNMT')""",
				"""
				insert into plan_task (plan_id, target_id, sort_order, title, kind, due_day)
				select p.id, (array(select id from plan_target where plan_id = p.id order by sort_order, id))
				           [1 + (k - 1) %% (select count(*) from plan_target where plan_id = p.id)],
				       k, 'Nhiệm vụ ' || k || ' của kế hoạch ' || p.number_symbol, 'MONTHLY', 25
				from plan_plan p, generate_series(1, %3$d) k where p.number_symbol like '%%/KH-BENCH'""",
				"""
				insert into plan_task_unit (task_id, unit_id, role)
				select t.id, u.id, 'LEAD' from plan_task t join plan_plan p on p.id = t.plan_id
				join org_unit u on u.organisation_id = p.organisation_id and u.code = 'P' || (1 + (t.sort_order - 1) %% %2$d)
				where p.number_symbol like '%%/KH-BENCH'""",
				"""
				insert into execution_reporting_line (plan_id, organisation_id, frequency, receiving_unit_ids, due_day, first_year,
				    last_year)
				select p.id, p.organisation_id, 'MONTHLY',
				       array[(select id from org_unit where organisation_id = p.organisation_id and code = 'VP')], 25,
				       extract(year from current_date)::int - 2, extract(year from current_date)::int
				from plan_plan p where p.number_symbol like '%%/KH-BENCH'""",
				"""
				insert into execution_period (line_id, plan_id, organisation_id, frequency, year, number, starts_on, ends_on, due_on)
				select l.id, l.plan_id, l.organisation_id, 'MONTHLY', extract(year from m)::int, extract(month from m)::int,
				       m, (m + interval '1 month' - interval '1 day')::date, (m + interval '24 days')::date
				from execution_reporting_line l join plan_plan p on p.id = l.plan_id,
				     generate_series(1, %4$d) n,
				     lateral (select (date_trunc('month', current_date) - n * interval '1 month')::date as m) month
				where p.number_symbol like '%%/KH-BENCH'""",
				"""
				insert into execution_report (period_id, organisation_id, unit_id, status, submitted_at, submitted_by, reviewed_at,
				    reviewed_by)
				select e.id, e.organisation_id, u.id, s.status,
				       case when s.status <> 'DRAFT' then e.due_on + (case when (e.id + u.id) %% 5 = 0 then 3 else -2 end)
				            + time '09:00' end, 'bench',
				       case when s.status = 'ACCEPTED' then e.due_on + 4 + time '09:00' end, 'bench'
				from execution_period e join org_unit u on u.organisation_id = e.organisation_id and u.code <> 'VP'
				join plan_plan p on p.id = e.plan_id,
				     lateral (select case (e.id * 7 + u.id) %% 10 when 0 then null when 1 then 'SUBMITTED' when 2 then 'RETURNED'
				                          else 'ACCEPTED' end as status) s
				where p.number_symbol like '%%/KH-BENCH' and s.status is not null""",
				"""
				insert into execution_task_entry (report_id, task_id, role, status, progress, results)
				select r.id, t.id, 'LEAD',
				       (array['IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'BEHIND', 'BLOCKED', 'NOT_STARTED'])[1 + (t.id + e.number) %% 6],
				       least(100, e.number * 8), 'Kết quả tháng ' || e.number
				from execution_report r join execution_period e on e.id = r.period_id
				join plan_plan p on p.id = e.plan_id
				join plan_task t on t.plan_id = p.id
				join plan_task_unit a on a.task_id = t.id and a.role = 'LEAD' and a.unit_id = r.unit_id
				where p.number_symbol like '%%/KH-BENCH'""" };
		try (Statement s = db.createStatement()) {
			for (String sql : statements) {
				s.executeUpdate(sql.formatted(orgs, units, tasks, periods));
			}
			try (ResultSet rs = s.executeQuery("select id from plan_plan where number_symbol = '1/KH-BENCH'")) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	static String counts(Connection db) throws Exception {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				select (select count(*) from plan_task t join plan_plan p on p.id = t.plan_id where p.number_symbol like '%/KH-BENCH'),
				       (select count(*) from execution_period p join plan_plan x on x.id = p.plan_id where x.number_symbol like '%/KH-BENCH'),
				       (select count(*) from execution_report), (select count(*) from execution_task_entry),
				       (select count(*) from execution_task_latest)""")) {
			rs.next();
			return String.format(Locale.ROOT, "%d tasks, %d periods, %d reports, %d task entries, %d task states", rs.getLong(1),
					rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
		}
	}
}
