package vn.ddcihub.operations.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for searching without diacritics: decomposed (NFD), marks removed, đ → d,
 * lower case, runs of spaces made one. The stored search columns of questions and
 * publications and every search query go through this one method, so "dat dai", "Đất đai"
 * and "ĐẤT ĐAI" all match "đất đai".
 */
public final class FoldedText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private FoldedText() {
	}

	public static String fold(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String plain = text.replace('đ', 'd').replace('Đ', 'D');
		plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * A LIKE pattern matching the folded query anywhere ({@code %}, {@code _} and the
	 * escape character taken literally); null for a blank query.
	 */
	public static String containsPattern(String query) {
		String folded = fold(query);
		if (folded.isEmpty()) {
			return null;
		}
		return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
