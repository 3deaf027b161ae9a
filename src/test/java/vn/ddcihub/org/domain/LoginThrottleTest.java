package vn.ddcihub.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ddcihub.IntegrationTest;

/** The throttle's delays grow per user name and address, and pass. */
class LoginThrottleTest extends IntegrationTest {

	@Autowired
	LoginThrottle throttle;

	@Test
	void theDelayDoublesAfterTheFreeFailuresUpToFifteenMinutes() {
		assertThat(LoginThrottle.delayAfter(LoginThrottle.FREE_FAILURES - 1)).isZero();
		assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
		assertThat(LoginThrottle.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
		assertThat(LoginThrottle.delayAfter(7)).isEqualTo(Duration.ofMinutes(2));
		assertThat(LoginThrottle.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(LoginThrottle.delayAfter(1000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAddressWaitsOnlyUntilItsDelayHasPassedAndOnlyForThatName() {
		String username = "throttle-" + System.nanoTime();
		for (int i = 0; i < 7; i++) {
			failure(username, "192.0.2.10", 1);
		}
		assertThat(throttle.waitBeforeNextAttempt(username, "192.0.2.10")).as("2 minutes after the 7th failure")
			.isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
		assertThat(throttle.waitBeforeNextAttempt(username, "192.0.2.11")).isZero();
		assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.0.2.10")).isZero();
		String earlier = "throttle-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			failure(earlier, "192.0.2.10", 1);
		}
		assertThat(throttle.waitBeforeNextAttempt(earlier, "192.0.2.10")).as("30 seconds have passed").isZero();
	}

	private void failure(String username, String address, int minutesAgo) {
		jdbc.sql("""
				insert into org_login_attempt (username, remote_addr, success, attempted_at)
				values (:username, :address, false, now() - make_interval(mins => :minutes))""")
			.param("username", username)
			.param("address", address)
			.param("minutes", minutesAgo)
			.update();
	}

}
