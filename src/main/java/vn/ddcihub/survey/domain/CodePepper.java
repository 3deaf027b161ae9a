package vn.ddcihub.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hashes one-time codes with HMAC-SHA256 under a server-side pepper, so the table of code
 * hashes alone does not let anyone test codes. The pepper comes from
 * {@code ddci.survey.code-pepper} ({@code DDCI_SURVEY_CODE_PEPPER}, hex or text) — set it
 * in production, outside the database. Without it, a random pepper is created once in
 * {@code survey_secret}, so every node still hashes the same way.
 */
@Component
class CodePepper {

	private final JdbcClient jdbc;

	private final String configured;

	private volatile SecretKeySpec key;

	CodePepper(JdbcClient jdbc, @Value("${ddci.survey.code-pepper:}") String configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	/** The hash a normalised code is stored and looked up by. */
	byte[] hash(String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec known = key;
		if (known == null) {
			known = new SecretKeySpec(pepper(), "HmacSHA256");
			key = known;
		}
		return known;
	}

	private byte[] pepper() {
		if (configured != null && !configured.isBlank()) {
			String value = configured.strip();
			return value.matches("([0-9a-fA-F]{2}){16,}") ? HexFormat.of().parseHex(value)
					: value.getBytes(StandardCharsets.UTF_8);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.sql("insert into survey_secret (name, value) values ('code-pepper', ?) on conflict (name) do nothing")
			.param(fresh)
			.update();
		return jdbc.sql("select value from survey_secret where name = 'code-pepper'").query(byte[].class).single();
	}

}
