package vn.ddcihub.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The cache of checked passwords: what finds an entry, what ends it. */
class VerifiedPasswordsTest {

	private Instant now = Instant.parse("2026-03-01T08:00:00Z");

	private final VerifiedPasswords verified = new VerifiedPasswords(new Clock() {

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void aCheckedPasswordCountsForFiveMinutes() {
		verified.remember("qldd", "demo123", "{bcrypt}hash-1");
		assertThat(verified.isVerified("qldd", "demo123", "{bcrypt}hash-1")).isTrue();
		now = now.plus(Duration.ofMinutes(VerifiedPasswords.LIFETIME_MINUTES)).minusSeconds(1);
		assertThat(verified.isVerified("qldd", "demo123", "{bcrypt}hash-1")).isTrue();
		now = now.plusSeconds(1);
		assertThat(verified.isVerified("qldd", "demo123", "{bcrypt}hash-1")).isFalse();
		assertThat(verified.size()).as("an expired entry is dropped").isZero();
	}

	@Test
	void anotherPasswordOrAChangedStoredHashIsNotFound() {
		verified.remember("qldd", "demo123", "{bcrypt}hash-1");
		assertThat(verified.isVerified("qldd", "demo1234", "{bcrypt}hash-1")).isFalse();
		assertThat(verified.isVerified("ttcntt", "demo123", "{bcrypt}hash-1")).isFalse();
		assertThat(verified.isVerified("qldd", "demo123", "{bcrypt}hash-2")).as("the password was changed").isFalse();
		assertThat(verified.isVerified("qldd", "demo123", "{bcrypt}hash-1")).as("and the entry is gone").isFalse();
	}

	@Test
	void entriesAreFoundByAKeyedHashThatDiffersPerNode() {
		VerifiedPasswords otherNode = new VerifiedPasswords();
		String fingerprint = verified.fingerprint("qldd", "demo123");
		assertThat(fingerprint).doesNotContain("demo123").isNotEqualTo(otherNode.fingerprint("qldd", "demo123"));
		assertThat(fingerprint).isEqualTo(verified.fingerprint("qldd", "demo123"))
			.isNotEqualTo(verified.fingerprint("qldd\u0000demo", "123"));
	}

	@Test
	void theCacheStaysBounded() {
		for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 10; i++) {
			verified.remember("user" + i, "password", "{bcrypt}hash");
		}
		assertThat(verified.size()).isLessThanOrEqualTo(VerifiedPasswords.MAX_ENTRIES);
	}

}
