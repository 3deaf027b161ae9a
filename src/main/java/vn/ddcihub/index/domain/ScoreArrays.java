package vn.ddcihub.index.domain;

import java.util.Map;

/**
 * A unit's component scores as the two aligned PostgreSQL arrays its result row stores
 * (codes {@code {"C1","C2"}}, scores {@code {6.77,7.1}}), written as array literals so
 * that thousands of units go in one statement.
 */
final class ScoreArrays {

	private ScoreArrays() {
	}

	static String codes(Map<String, Double> scores) {
		StringBuilder literal = new StringBuilder(2 + scores.size() * 6).append('{');
		for (String code : scores.keySet()) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"');
			for (int i = 0; i < code.length(); i++) {
				char c = code.charAt(i);
				if (c == '"' || c == '\\') {
					literal.append('\\');
				}
				literal.append(c);
			}
			literal.append('"');
		}
		return literal.append('}').toString();
	}

	static String scores(Map<String, Double> scores) {
		StringBuilder literal = new StringBuilder(2 + scores.size() * 6).append('{');
		for (Double score : scores.values()) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append(score);
		}
		return literal.append('}').toString();
	}

}
