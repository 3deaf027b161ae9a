package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ddcihub.DdciHubApplication;

/**
 * {@code kill -9} of PostgreSQL under a running application, over real HTTP: requests are
 * answered 503 within seconds (a problem detail for scripts, the error page for people,
 * never 401 "please sign in" or a 30 s wait), readiness goes DOWN, and when the database
 * is back — the embedded one restarted by the application itself — everything works
 * again, with the same sign-in.
 */
class DatabaseOutageTest {

	private static final String PASSWORD = "demo123";

	@Test
	void whenTheEmbeddedPostgresIsKilledRequestsGet503AtOnceUntilTheApplicationHasRestartedIt() throws Exception {
		Path data = Path.of("target/test-data/outage-postgres");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DdciHubApplication.class).run(
				"--server.port=0", "--ddci.db.url=", "--ddci.embedded.data-dir=" + data, "--ddci.embedded.port=0",
				"--ddci.embedded.clean=true", "--ddci.demo=true", "--ddci.admin-password=",
				"--ddci.templates-dir=target/test-data/templates", "--ddci.embedded.restart-delay=6s")) {
			String base = baseUrl(app);
			HttpVisitor script = HttpVisitor.withBasicAuthentication("lanhdao", PASSWORD);
			HttpVisitor person = signedIn(base, "vanphong");
			assertThat(script.get(base, "/api/v1/units").statusCode()).isEqualTo(200);
			assertThat(person.get(base, "/plans").statusCode()).isEqualTo(200);
			assertThat(new HttpVisitor().get(base, "/actuator/health/readiness").statusCode()).isEqualTo(200);

			EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0, false);
			long killed = server.postmasterPid();
			killServer(killed);

			HttpResponse<String> readiness = eventually(Duration.ofSeconds(5),
					() -> new HttpVisitor().get(base, "/actuator/health/readiness"), r -> r.statusCode() == 503);
			assertThat(readiness.body()).contains("DOWN");
			assertThat(new HttpVisitor().get(base, "/actuator/health/liveness").statusCode())
				.as("the application itself is fine; it restarts the database")
				.isEqualTo(200);
			assertServiceUnavailable(base, script, person, Duration.ofSeconds(2));

			eventually(Duration.ofSeconds(60), () -> new HttpVisitor().get(base, "/actuator/health/readiness"),
					r -> r.statusCode() == 200);
			assertThat(server.postmasterPid()).as("restarted").isNotEqualTo(killed);
			assertThat(script.get(base, "/api/v1/units").statusCode()).isEqualTo(200);
			HttpResponse<String> plans = person.get(base, "/plans");
			assertThat(plans.statusCode()).as("the session kept in PostgreSQL survived").isEqualTo(200);
			assertThat(plans.body()).contains("60/KH-STNMT");
		}
		finally {
			EmbeddedPostgresServer.start(data, 0, false).stop();
		}
	}

	@Test
	void whenAnExternalPostgresDiesRequestsGet503WithinSecondsAndWorkAgainWhenItIsBack() throws Exception {
		EmbeddedPostgresServer external = EmbeddedPostgresServer.start(Path.of("target/test-data/outage-external"), 0,
				true);
		external.ensureDatabase("ddci_outage");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DdciHubApplication.class).run(
				"--server.port=0", "--ddci.db.url=" + external.jdbcUrl("ddci_outage"), "--ddci.db.user=ddci_owner",
				"--ddci.db.password=" + external.password("ddci_owner"), "--ddci.demo=true", "--ddci.admin-password=",
				"--ddci.templates-dir=target/test-data/templates")) {
			String base = baseUrl(app);
			HttpVisitor script = HttpVisitor.withBasicAuthentication("lanhdao", PASSWORD);
			HttpVisitor person = signedIn(base, "vanphong");
			assertThat(script.get(base, "/api/v1/units").statusCode()).isEqualTo(200);

			killServer(external.postmasterPid());

			assertServiceUnavailable(base, script, person, Duration.ofSeconds(8));
			HttpResponse<String> readiness = new HttpVisitor().get(base, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);

			external.restartAfterCrash();
			eventually(Duration.ofSeconds(30), () -> script.get(base, "/api/v1/units"), r -> r.statusCode() == 200);
			assertThat(person.get(base, "/plans").statusCode()).isEqualTo(200);
			assertThat(new HttpVisitor().get(base, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			external.stop();
		}
	}

	/**
	 * The whole server dies at once (kill -9 of the postmaster and its backends), and is
	 * gone before the next request: a backend outliving its postmaster for a moment could
	 * still answer a pooled connection.
	 */
	private static void killServer(long postmasterPid) throws Exception {
		ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
		java.util.List<ProcessHandle> server = new java.util.ArrayList<>(postmaster.descendants().toList());
		server.add(0, postmaster);
		server.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : server) {
			process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	/**
	 * A script gets a problem detail, a signed-in person and a stranger the error page —
	 * none is sent to sign in — each within the given time.
	 */
	private static void assertServiceUnavailable(String base, HttpVisitor script, HttpVisitor person, Duration within) {
		long start = System.nanoTime();
		HttpResponse<String> api = script.get(base, "/api/v1/units");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(within);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(api.body()).contains("\"status\":503").contains("\"instance\":\"/api/v1/units\"");

		start = System.nanoTime();
		HttpResponse<String> page = person.get(base, "/plans");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(within);
		assertThat(page.statusCode()).as("a session that cannot be read is no reason to sign in again").isEqualTo(503);
		assertThat(page.body()).contains("Hệ thống tạm thời gián đoạn").contains("thử lại");

		HttpResponse<String> stranger = new HttpVisitor().get(base, "/plans?lang=en");
		assertThat(stranger.statusCode()).isEqualTo(503);
		assertThat(stranger.body()).contains("Temporarily unavailable");
	}

	private static HttpVisitor signedIn(String base, String username) {
		HttpVisitor visitor = new HttpVisitor();
		HttpResponse<String> login = visitor.get(base, "/login");
		HttpResponse<String> signedIn = visitor.postForm(base, "/login",
				Map.of("username", username, "password", PASSWORD, "_csrf", HttpVisitor.csrfToken(login)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return visitor;
	}

	private static HttpResponse<String> eventually(Duration limit, Supplier<HttpResponse<String>> request,
			java.util.function.Predicate<HttpResponse<String>> done) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		HttpResponse<String> last;
		do {
			last = request.get();
			if (done.test(last)) {
				return last;
			}
			Thread.sleep(100);
		}
		while (System.nanoTime() < deadline);
		throw new AssertionError("not within " + limit + "; last answer " + last.statusCode() + ": " + last.body());
	}

	private static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
	}

}
