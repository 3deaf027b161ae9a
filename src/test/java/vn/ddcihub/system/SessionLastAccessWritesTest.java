package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import vn.ddcihub.IntegrationTest;

/**
 * A stored session's row is rewritten for its last access at most once a minute, and
 * whenever more changed.
 */
class SessionLastAccessWritesTest extends IntegrationTest {

	@Test
	void requestsWithinAMinuteLeaveTheStoredRowAlone() throws Exception {
		Cookie session = signIn();
		StoredAccess signedIn = stored(session);
		Thread.sleep(5);
		mockMvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
		mockMvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(stored(session)).isEqualTo(signedIn);
	}

	@Test
	void aLastAccessAMinuteOldIsBroughtForwardWithTheExpiry() throws Exception {
		Cookie session = signIn();
		StoredAccess signedIn = stored(session);
		long twoMinutesEarlier = signedIn.lastAccess() - 120_000;
		jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
			.params(twoMinutesEarlier, twoMinutesEarlier + signedIn.timeoutMillis(),
					HttpVisitor.sessionId(session.getValue()))
			.update();

		mockMvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());

		StoredAccess after = stored(session);
		assertThat(after.lastAccess()).isGreaterThanOrEqualTo(signedIn.lastAccess());
		assertThat(after.expiry()).isEqualTo(after.lastAccess() + after.timeoutMillis());
	}

	private Cookie signIn() throws Exception {
		Cookie anonymous = mockMvc.perform(get("/login"))
			.andReturn()
			.getResponse()
			.getCookie(HttpVisitor.SESSION_COOKIE);
		Cookie signedIn = mockMvc
			.perform(post("/login").cookie(anonymous)
				.with(csrf())
				.param("username", "skhdt")
				.param("password", DEMO_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie(HttpVisitor.SESSION_COOKIE);
		assertThat(signedIn).isNotNull();
		return signedIn;
	}

	private StoredAccess stored(Cookie session) {
		return jdbc
			.sql("select last_access_time, expiry_time, max_inactive_interval from spring_session where session_id = ?")
			.param(HttpVisitor.sessionId(session.getValue()))
			.query((row, number) -> new StoredAccess(row.getLong(1), row.getLong(2), row.getInt(3) * 1000L))
			.single();
	}

	private record StoredAccess(long lastAccess, long expiry, long timeoutMillis) {
	}

}
