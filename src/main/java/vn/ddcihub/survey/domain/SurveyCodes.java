package vn.ddcihub.survey.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time survey codes (mã khảo sát dùng một lần): {@value #LENGTH} characters of
 * Crockford's base-32 alphabet (digits and capitals without I, L, O, U, which are misread
 * on paper), i.e. 60 bits from {@link SecureRandom}, printed as three groups of four
 * joined by dashes (7K2M-9QRT-4HXA). A typed code is read whatever its case, spaces and
 * dashes, and the letters people confuse with digits (O, I, L) count as the digits.
 */
public final class SurveyCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	public static final int LENGTH = 12;

	/** Entropy of a code: 12 × log2(32). */
	public static final int BITS = LENGTH * 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SurveyCodes() {
	}

	/** A new code, ungrouped. */
	public static String generate() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/** "ABCD-EFGH-JKMN" for "ABCDEFGHJKMN". */
	public static String grouped(String code) {
		return code.substring(0, 4) + '-' + code.substring(4, 8) + '-' + code.substring(8);
	}

	/**
	 * The code as generated from what a person typed, or null when it cannot be one (so
	 * it is counted as a wrong code without a database look-up).
	 */
	public static String normalise(String typed) {
		if (typed == null || typed.length() > 64) {
			return null;
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char ch : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (ch == '-' || Character.isWhitespace(ch)) {
				continue;
			}
			char read = switch (ch) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> ch;
			};
			if (ALPHABET.indexOf(read) < 0) {
				return null;
			}
			code.append(read);
		}
		return code.length() == LENGTH ? code.toString() : null;
	}

}
