package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.ddcihub.IntegrationTest;

class SecurityDefaultsTest extends IntegrationTest {

	@Test
	void anonymousApiCallGets401InJson() throws Exception {
		mockMvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_SAVED_REQUEST"))
			.andExpect(cookie().doesNotExist("SESSION"))
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Cần đăng nhập")));
	}

	@Test
	void anonymousPageVisitGoesToLogin() throws Exception {
		mockMvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = jdbc.sql("select password_hash from org_user where username = 'qldd'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DEMO_PASSWORD);
	}

	@Test
	void formLoginWorksAndWrongPasswordFails() throws Exception {
		mockMvc.perform(formLogin("/login").user("vanphong").password(DEMO_PASSWORD)).andExpect(authenticated());
		mockMvc.perform(formLogin("/login").user("vanphong").password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void sessionIdChangesAtLogin() throws Exception {
		Cookie before = mockMvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(before).as("the login form's CSRF token lives in a session").isNotNull();
		Cookie after = mockMvc
			.perform(post("/login").cookie(before)
				.with(csrf())
				.param("username", "lanhdao")
				.param("password", DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(storedPrincipal(after)).contains("lanhdao");
		assertThat(storedPrincipal(before)).as("the session id from before sign-in no longer exists").isEmpty();
	}

	/**
	 * The signed-in user of the stored session behind a session cookie ("" before
	 * sign-in), if it is stored.
	 */
	private Optional<String> storedPrincipal(Cookie sessionCookie) {
		return jdbc.sql("select coalesce(principal_name, '') from spring_session where session_id = ?")
			.param(HttpVisitor.sessionId(sessionCookie.getValue()))
			.query(String.class)
			.optional();
	}

	@Test
	void repeatedFailuresSlowThatAddressForThatNameButNotTheRealUserElsewhere() throws Exception {
		String username = "throttled";
		jdbc.sql(
				"insert into org_user (username, display_name, password_hash, roles) values (?, 'Thử khóa', ?, '{VIEWER}')")
			.params(username, "{noop}right-password-1")
			.update();
		for (int i = 0; i < 8; i++) {
			mockMvc.perform(loginFrom("203.0.113.7", username, "wrong")).andExpect(unauthenticated());
		}
		assertThat(jdbc.sql("select count(*) from org_login_attempt where username = ?")
			.param(username)
			.query(Integer.class)
			.single()).as("attempts refused by the throttle are not counted again").isEqualTo(5);
		mockMvc.perform(loginFrom("203.0.113.7", username, "right-password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "right-password-1")).with(from("203.0.113.7")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chờ ít phút")));
		mockMvc.perform(loginFrom("198.51.100.20", username, "right-password-1")).andExpect(authenticated());
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "right-password-1")).with(from("198.51.100.21")))
			.andExpect(status().isOk());
		// A sign-in elsewhere does not forgive the guesser's address.
		mockMvc.perform(loginFrom("203.0.113.7", username, "right-password-1"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void unknownAndKnownNamesGetTheSameAnswers() throws Exception {
		String unknown = "nobody-" + System.nanoTime();
		String knownAnswer = mockMvc
			.perform(get("/api/v1/me").with(httpBasic("ttcntt", "wrong")).with(from("192.0.2.50")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknownAnswer = mockMvc
			.perform(get("/api/v1/me").with(httpBasic(unknown, "wrong")).with(from("192.0.2.50")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknownAnswer).isEqualTo(knownAnswer);
		mockMvc.perform(loginFrom("192.0.2.51", "ttcntt", "wrong")).andExpect(redirectedUrl("/login?error"));
		mockMvc.perform(loginFrom("192.0.2.51", unknown, "wrong")).andExpect(redirectedUrl("/login?error"));
		for (int i = 0; i < 5; i++) {
			mockMvc.perform(loginFrom("192.0.2.52", unknown, "wrong"));
		}
		// An unknown name is slowed like a known one.
		mockMvc.perform(loginFrom("192.0.2.52", unknown, "wrong")).andExpect(redirectedUrl("/login?locked"));
	}

	/**
	 * An unknown name costs a password hash like a wrong password does, so the time taken
	 * does not tell whether the name exists (medians of a few attempts, taken in turns so
	 * a busy machine slows both alike; a name that answered without hashing would take a
	 * small fraction of the time).
	 */
	@Test
	void anUnknownNameTakesAboutAsLongAsAWrongPassword() throws Exception {
		long[] known = new long[9];
		long[] unknown = new long[9];
		for (int i = 0; i < known.length; i++) {
			known[i] = nanos("ttcntt", "10.9.8." + i, i);
			unknown[i] = nanos("nobody-" + System.nanoTime(), "10.9.9." + i, i);
		}
		long knownMedian = median(known);
		long unknownMedian = median(unknown);
		assertThat(unknownMedian)
			.as("unknown name %d µs, wrong password %d µs", unknownMedian / 1000, knownMedian / 1000)
			.isGreaterThan(knownMedian / 2);
	}

	private long nanos(String username, String address, int attempt) throws Exception {
		long start = System.nanoTime();
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-" + attempt)).with(from(address)))
			.andExpect(status().isUnauthorized());
		return System.nanoTime() - start;
	}

	private static long median(long[] took) {
		long[] sorted = took.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder loginFrom(String address,
			String username, String password) {
		return post("/login").with(csrf()).param("username", username).param("password", password).with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aRememberedBasicPasswordEndsWhenThePasswordChangesOrTheAccountIsDisabled() throws Exception {
		String username = "script-" + System.nanoTime();
		jdbc.sql(
				"insert into org_user (username, display_name, password_hash, roles) values (?, 'Kịch bản', ?, '{VIEWER}')")
			.params(username, "{noop}first-password")
			.update();
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "first-password"))).andExpect(status().isOk());
		jdbc.sql("update org_user set password_hash = '{noop}second-password' where username = ?")
			.param(username)
			.update();
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "first-password")))
			.andExpect(status().isUnauthorized());
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "second-password"))).andExpect(status().isOk());
		jdbc.sql("update org_user set active = false where username = ?").param(username).update();
		mockMvc.perform(get("/api/v1/me").with(httpBasic(username, "second-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theApiDescriptionSteersScriptsToTokens() throws Exception {
		mockMvc.perform(get("/v3/api-docs").with(httpBasic("admin", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.description")
				.value(org.hamcrest.Matchers.containsString("should sign in with a personal API token")))
			.andExpect(jsonPath("$.security[0].token").exists());
	}

	@Test
	void anonymousApiWriteGets401NotACsrfRefusal() throws Exception {
		mockMvc.perform(post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void anApiCallWithinASessionNeedsTheCsrfTokenWhateverAuthorizationItCarries() throws Exception {
		Cookie session = mockMvc.perform(formLogin("/login").user("vanphong").password(DEMO_PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		for (String authorization : List.of("Anything", "Bearer not-a-token", "Basic bm9ib2R5Om5vdGhpbmc=")) {
			mockMvc
				.perform(post("/api/v1/me/tokens").cookie(session)
					.header("Authorization", authorization)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"csrf\"}"))
				.andExpect(status().isForbidden());
		}
		mockMvc
			.perform(post("/api/v1/me/tokens").cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"csrf\"}"))
			.andExpect(status().is2xxSuccessful());
		// A script without a session signs every call in itself.
		mockMvc
			.perform(post("/api/v1/me/tokens").with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"stateless\"}"))
			.andExpect(status().is2xxSuccessful());
	}

	@Test
	void formPostWithoutCsrfTokenIsRejected() throws Exception {
		mockMvc.perform(post("/account/password")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(new vn.ddcihub.org.CurrentUser(1, "admin", "x", null, null,
						java.util.Set.of(vn.ddcihub.org.Role.ADMIN), "", true)))
			.param("currentPassword", "a")
			.param("newPassword", "b")
			.param("confirmation", "b")).andExpect(status().isForbidden());
	}

	@Test
	void securityHeadersAreSent() throws Exception {
		mockMvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void unitStaffGets403OnAdminPagesAndAdminApis() throws Exception {
		mockMvc.perform(get("/admin").with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isForbidden());
		mockMvc.perform(get("/audit").with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isForbidden());
		mockMvc.perform(get("/api/v1/users").with(httpBasic("qldd", DEMO_PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void unitStaffCannotChangeAnotherUnitButCanChangeTheirOwn() throws Exception {
		long own = unitId("QLDD");
		long other = unitId("TTCNTT");
		String contact = "{\"email\":\"qldd@stnmt.langson.gov.vn\",\"phone\":\"0205 3812 345\",\"headName\":\"Hoàng Văn Đức\"}";
		mockMvc
			.perform(put("/api/v1/units/" + other + "/contact").with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(contact))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(put("/api/v1/units/" + other).with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\":1,\"code\":\"TTCNTT\",\"name\":\"Đổi tên\"}"))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(contact))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headName").value("Hoàng Văn Đức"));
		assertThat(jdbc.sql("select name from org_unit where id = ?").param(other).query(String.class).single())
			.isEqualTo("Trung tâm Công nghệ thông tin Tài nguyên và Môi trường");
	}

	@Test
	void anotherOrganisationsRecordsAreNotFound() throws Exception {
		long stnmt = jdbc.sql("select id from org_organisation where code = 'STNMT'").query(Long.class).single();
		mockMvc.perform(get("/api/v1/organisations/" + stnmt).with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc.perform(get("/api/v1/units/" + unitId("QLDD")).with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc.perform(get("/api/v1/units").with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'QLDD')]").isEmpty());
		mockMvc.perform(get("/api/v1/units").with(httpBasic("skhdt", DEMO_PASSWORD)))
			.andExpect(jsonPath("$[?(@.code == 'QLDD')]").isNotEmpty());
	}

	private long unitId(String code) {
		return jdbc
			.sql("select u.id from org_unit u join org_organisation o on o.id = u.organisation_id "
					+ "where o.code = 'STNMT' and u.code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

}
