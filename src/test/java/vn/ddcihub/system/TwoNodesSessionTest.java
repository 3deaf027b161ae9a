package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ddcihub.DdciHubApplication;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: node A starts with
 * its embedded database and trusts the proxy on this machine, node B is pointed at A's
 * database as an external one and trusts no proxy. A visitor signs in on one node and
 * goes on using the other with the same cookie, real HTTP servers on both sides.
 */
class TwoNodesSessionTest {

	private static final Path NODE_A_DATABASE = Path.of("target/test-data/two-nodes/postgres");

	private static final String PASSWORD = "demo123";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static String a;

	private static String b;

	private static JdbcClient database;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = new SpringApplicationBuilder(DdciHubApplication.class).run("--server.port=0", "--ddci.db.url=",
				"--ddci.embedded.data-dir=" + NODE_A_DATABASE, "--ddci.embedded.port=0", "--ddci.embedded.clean=true",
				"--ddci.demo=true", "--ddci.admin-password=", "--ddci.templates-dir=target/test-data/templates",
				"--ddci.security.trusted-proxies=127.0.0.1, ::1");
		HikariDataSource nodeADatabase = nodeA.getBean(HikariDataSource.class);
		nodeB = new SpringApplicationBuilder(DdciHubApplication.class).run("--server.port=0",
				"--ddci.db.url=" + nodeADatabase.getJdbcUrl(), "--ddci.db.user=" + nodeADatabase.getUsername(),
				"--ddci.db.password=" + nodeADatabase.getPassword(), "--ddci.demo=true", "--ddci.admin-password=",
				"--ddci.templates-dir=target/test-data/templates");
		a = baseUrl(nodeA);
		b = baseUrl(nodeB);
		database = nodeA.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopTwoNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
			// start() hands back the server node A started in this JVM, which outlives
			// the context
			EmbeddedPostgresServer.start(NODE_A_DATABASE, 0, false).stop();
		}
	}

	@Test
	void aSessionStartedOnOneNodeContinuesOnTheOtherUntilSignedOutThere() {
		HttpVisitor visitor = new HttpVisitor();
		HttpResponse<String> loginPage = visitor.get(a, "/login");
		String anonymousSession = visitor.sessionId();
		assertThat(anonymousSession).as("the login form's CSRF token lives in a session").isNotNull();

		HttpResponse<String> signedIn = visitor.postForm(a, "/login",
				Map.of("username", "vanphong", "password", PASSWORD, "_csrf", HttpVisitor.csrfToken(loginPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		String session = visitor.sessionId();
		assertThat(session).as("a new session id at sign-in").isNotNull().isNotEqualTo(anonymousSession);
		assertThat(storedPrincipal(session)).isEqualTo("vanphong");
		assertThat(database.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(session)
			.query(Integer.class)
			.single()).as("server.servlet.session.timeout, 8 hours").isEqualTo(8 * 3600);
		assertThat(isStored(anonymousSession)).as("the id from before sign-in is gone").isFalse();

		HttpResponse<String> plansOnB = visitor.get(b, "/plans");
		assertThat(plansOnB.statusCode()).isEqualTo(200);
		assertThat(plansOnB.body()).contains("Trần Thị Phương").contains("60/KH-STNMT");
		assertThat(new HttpVisitor().get(b, "/plans").headers().firstValue("Location"))
			.as("node B does ask strangers to sign in")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

		String tokenFromA = HttpVisitor.csrfToken(visitor.get(a, "/account"));
		assertThat(
				visitor.postForm(b, "/account/tokens", Map.of("name", "Khóa tạo trên nút B", "_csrf", "not-the-token"))
					.statusCode())
			.as("node B checks the token")
			.isEqualTo(403);
		HttpResponse<String> created = visitor.postForm(b, "/account/tokens",
				Map.of("name", "Khóa tạo trên nút B", "_csrf", tokenFromA));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(database
			.sql("select count(*) from org_api_token t join org_user u on u.id = t.user_id "
					+ "where u.username = 'vanphong' and t.name = 'Khóa tạo trên nút B'")
			.query(Integer.class)
			.single()).isOne();
		assertThat(visitor.get(a, "/account").body())
			.as("the one-time message node B left in the session, shown by node A")
			.contains("id=\"new-token\">ddci_");

		visitor.get(a, "/?lang=en");
		assertThat(visitor.get(b, "/").body()).as("the language chosen on A").contains("Sign out");

		String signedInCookie = visitor.cookie(HttpVisitor.SESSION_COOKIE);
		HttpResponse<String> signedOut = visitor.postForm(b, "/logout",
				Map.of("_csrf", HttpVisitor.csrfToken(visitor.get(b, "/"))));
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
		assertThat(isStored(session)).as("signing out removes the stored session").isFalse();
		HttpResponse<String> replayedOnA = HttpVisitor.withCookie(HttpVisitor.SESSION_COOKIE, signedInCookie)
			.get(a, "/plans");
		assertThat(replayedOnA.statusCode()).isEqualTo(302);
		assertThat(replayedOnA.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void apiCallsAndHealthChecksCreateNoSession() {
		int before = storedSessions();
		HttpResponse<String> healthCheck = new HttpVisitor().get(b, "/actuator/health");
		assertThat(healthCheck.statusCode()).isEqualTo(200);
		assertThat(healthCheck.headers().allValues("Set-Cookie")).isEmpty();
		HttpVisitor script = new HttpVisitor();
		HttpResponse<String> anonymous = script.get(a, "/api/v1/units");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> withPassword = HttpVisitor.withBasicAuthentication("lanhdao", PASSWORD)
			.get(b, "/api/v1/units");
		assertThat(withPassword.statusCode()).isEqualTo(200);
		assertThat(withPassword.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(storedSessions()).isEqualTo(before);
	}

	@Test
	void aSessionAttributeThisVersionCannotReadSignsTheUserOutInsteadOfFailing() {
		HttpVisitor visitor = signedIn("qldd");
		// what a node of another version (or an older Spring Security) might have stored
		database
			.sql("update spring_session_attributes set attribute_bytes = decode('aced0005737200', 'hex') "
					+ "where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id = "
					+ "(select primary_id from spring_session where session_id = ?)")
			.param(visitor.sessionId())
			.update();

		HttpResponse<String> page = visitor.get(b, "/my-work");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		HttpResponse<String> again = visitor.postForm(b, "/login", Map.of("username", "qldd", "password", PASSWORD,
				"_csrf", HttpVisitor.csrfToken(visitor.get(b, "/login"))));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(visitor.get(a, "/my-work").statusCode()).isEqualTo(200);
	}

	@Test
	void behindATrustedProxyTheVisitorsAddressAndHttpsAreSeen() {
		HttpVisitor visitor = HttpVisitor.throughProxy("203.0.113.45");
		HttpResponse<String> firstVisit = visitor.get(a, "/plans");
		assertThat(firstVisit.headers().firstValue("Location")).as("redirects stay on https")
			.hasValueSatisfying(location -> assertThat(location).startsWith("https://").endsWith("/login"));
		assertThat(firstVisit.headers().allValues("Set-Cookie")).as("the session cookie is only sent back over https")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure"));
		HttpResponse<String> loginPage = visitor.get(a, "/login");
		visitor.postForm(a, "/login", Map.of("username", "ttcntt", "password", "not-the-password", "_csrf",
				HttpVisitor.csrfToken(loginPage)));
		assertThat(failedLoginAddresses("ttcntt")).as("login throttling counts the visitor's address, not the proxy's")
			.containsExactly("203.0.113.45");
	}

	@Test
	void fromAnUntrustedPeerForwardedHeadersAreIgnored() {
		HttpVisitor visitor = HttpVisitor.throughProxy("203.0.113.46");
		HttpResponse<String> firstVisit = visitor.get(b, "/plans");
		assertThat(firstVisit.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).startsWith("http://"));
		assertThat(firstVisit.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").doesNotContainIgnoringCase("Secure"));
		HttpResponse<String> loginPage = visitor.get(b, "/login");
		visitor.postForm(b, "/login",
				Map.of("username", "qldd", "password", "not-the-password", "_csrf", HttpVisitor.csrfToken(loginPage)));
		assertThat(failedLoginAddresses("qldd")).as("a visitor cannot choose the address the throttle counts")
			.doesNotContain("203.0.113.46")
			.isNotEmpty();
	}

	@Test
	void aPasswordChangedOnOneNodeEndsBasicSignInWithTheOldOneOnTheOther() {
		database.sql("""
				insert into org_user (username, display_name, password_hash, roles)
				values ('script', 'Tài khoản cho kịch bản', ?, '{VIEWER}')""")
			.param(nodeA.getBean(PasswordEncoder.class).encode("first-password"))
			.update();
		assertThat(HttpVisitor.withBasicAuthentication("script", "first-password").get(b, "/api/v1/me").statusCode())
			.as("checked once, then remembered on node B")
			.isEqualTo(200);
		HttpVisitor person = new HttpVisitor();
		person.postForm(a, "/login", Map.of("username", "script", "password", "first-password", "_csrf",
				HttpVisitor.csrfToken(person.get(a, "/login"))));
		HttpResponse<String> changed = person.postForm(a, "/account/password",
				Map.of("currentPassword", "first-password", "newPassword", "second-password", "confirmation",
						"second-password", "_csrf", HttpVisitor.csrfToken(person.get(a, "/account"))));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(HttpVisitor.withBasicAuthentication("script", "first-password").get(b, "/api/v1/me").statusCode())
			.isEqualTo(401);
		assertThat(HttpVisitor.withBasicAuthentication("script", "second-password").get(b, "/api/v1/me").statusCode())
			.isEqualTo(200);
	}

	private static java.util.List<String> failedLoginAddresses(String username) {
		return database.sql("select remote_addr from org_login_attempt where username = ?")
			.param(username)
			.query(String.class)
			.list();
	}

	private static HttpVisitor signedIn(String username) {
		HttpVisitor visitor = new HttpVisitor();
		String token = HttpVisitor.csrfToken(visitor.get(a, "/login"));
		assertThat(visitor.postForm(a, "/login", Map.of("username", username, "password", PASSWORD, "_csrf", token))
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return visitor;
	}

	private static String storedPrincipal(String sessionId) {
		return database.sql("select principal_name from spring_session where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static boolean isStored(String sessionId) {
		return database.sql("select count(*) from spring_session where session_id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single() > 0;
	}

	private static int storedSessions() {
		return database.sql("select count(*) from spring_session").query(Integer.class).single();
	}

	private static String baseUrl(ConfigurableApplicationContext node) {
		return "http://localhost:" + node.getEnvironment().getRequiredProperty("local.server.port");
	}

}
