package vn.ddcihub.operations.dossier;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text compared without case, diacritics or punctuation, so "Trực tuyến", "truc tuyen"
 * and "TRUC_TUYEN" are the same word to a header or a channel.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String plain = MARKS
			.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
			.replaceAll("");
		return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
