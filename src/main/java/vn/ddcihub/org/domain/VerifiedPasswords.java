package vn.ddcihub.org.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Passwords checked a moment ago, so a script sending HTTP Basic on every call is not
 * hashed (bcrypt, ~0.1 s of CPU) on every call. An entry is found by an HMAC of the user
 * name and password under a random key made when this node starts — never the password,
 * and useless on any other node or after a restart. It lives {@value #LIFETIME_MINUTES}
 * minutes and counts only while the account's stored password hash is the one it was
 * checked against: the account is read from the database on every call anyway, so a
 * password changed on any node is refused on every node from the next call on, and a
 * disabled account is refused before this is asked.
 */
@Component
class VerifiedPasswords {

	static final int LIFETIME_MINUTES = 5;

	static final int MAX_ENTRIES = 10_000;

	private static final String HMAC = "HmacSHA256";

	private final SecretKeySpec key;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	@Autowired
	VerifiedPasswords() {
		this(Clock.systemUTC());
	}

	VerifiedPasswords(Clock clock) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.key = new SecretKeySpec(random, HMAC);
		this.clock = clock;
	}

	private record Entry(String storedHash, Instant expires) {
	}

	/**
	 * Whether this password was checked against this stored hash within the lifetime.
	 */
	boolean isVerified(String username, String password, String storedHash) {
		String fingerprint = fingerprint(username, password);
		Entry entry = entries.get(fingerprint);
		if (entry == null) {
			return false;
		}
		if (!entry.expires().isAfter(clock.instant()) || !sameText(entry.storedHash(), storedHash)) {
			entries.remove(fingerprint, entry);
			return false;
		}
		return true;
	}

	/** Remembers a password that has just been checked against this stored hash. */
	void remember(String username, String password, String storedHash) {
		if (password == null || storedHash == null) {
			return;
		}
		Instant now = clock.instant();
		if (entries.size() >= MAX_ENTRIES) {
			entries.values().removeIf(entry -> !entry.expires().isAfter(now));
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(fingerprint(username, password),
				new Entry(storedHash, now.plus(Duration.ofMinutes(LIFETIME_MINUTES))));
	}

	/** The keyed hash an entry is found by. */
	String fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
		}
	}

	int size() {
		return entries.size();
	}

	private static boolean sameText(String a, String b) {
		return b != null
				&& MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
