package vn.ddcihub.operations.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes (mã tra cứu): 15 characters from 32 unambiguous letters and digits (75
 * bits, unguessable), shown grouped "ABCDE-FGHJK-LMNPQ"; stored only as the SHA-256 of
 * the normalised code.
 */
final class TrackingCodes {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String generate() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 15; i++) {
			if (i > 0 && i % 5 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The stored hash of a typed code (case, spaces and dashes ignored). */
	static String hash(String typed) {
		String normalised = (typed == null ? "" : typed).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
