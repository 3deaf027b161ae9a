package vn.ddcihub.survey.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An XLSForm "relevant" condition: whether a question is asked, given the answers before
 * it. Reads the part of the XPath language survey designers write in the relevant column
 * — {@code ${q}}, 'text' and numbers, {@code = != < <= > >=}, {@code and}, {@code or},
 * {@code not(…)}, {@code selected(${q}, 'a')}, {@code count-selected(${q})}, parentheses
 * — with ODK's meaning: an unanswered question reads as '' and compares as no number. A
 * condition outside that part is not guessed at: the question is always asked
 * ({@link #supported()} says so), which loses no answer.
 */
public final class Relevance {

	/**
	 * Conditions longer than this are not read (they come from a column capped at 1,000).
	 */
	private static final int MAX_LENGTH = 1000;

	private static final Relevance ALWAYS = new Relevance(null, true);

	private final Node condition;

	private final boolean supported;

	private Relevance(Node condition, boolean supported) {
		this.condition = condition;
		this.supported = supported;
	}

	/** The condition of a question; blank means always asked. */
	public static Relevance of(String expression) {
		if (expression == null || expression.isBlank()) {
			return ALWAYS;
		}
		if (expression.length() > MAX_LENGTH) {
			return new Relevance(null, false);
		}
		try {
			Parser parser = new Parser(expression);
			Node node = parser.expression();
			parser.end();
			return new Relevance(node, true);
		}
		catch (IllegalArgumentException ex) {
			return new Relevance(null, false);
		}
	}

	/**
	 * False when the condition uses XPath this reader does not know (always asked then).
	 */
	public boolean supported() {
		return supported;
	}

	/**
	 * Whether the question is asked, given the stored answers so far (question name →
	 * choice name, list of choice names, number or text).
	 */
	public boolean applies(Map<String, ?> answers) {
		return condition == null || truth(condition.value(answers::get));
	}

	// ---- values: String, BigDecimal, Boolean or List<String> (a multiple choice) ----

	private static boolean truth(Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof BigDecimal n) {
			return n.signum() != 0;
		}
		return !text(value).isEmpty();
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			return String.join(" ", list.stream().map(String::valueOf).toList());
		}
		if (value instanceof BigDecimal n) {
			return n.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number n) {
			return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal n) {
			return n;
		}
		if (value instanceof Number n) {
			return BigDecimal.valueOf(n.doubleValue());
		}
		if (value instanceof Boolean b) {
			return b ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		try {
			return new BigDecimal(text(value).strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean compare(String operator, Object left, Object right) {
		BigDecimal a = number(left);
		BigDecimal b = number(right);
		if (operator.equals("=") || operator.equals("!=")) {
			boolean equal = a != null && b != null ? a.compareTo(b) == 0 : text(left).equals(text(right));
			return operator.equals("=") == equal;
		}
		if (a == null || b == null) {
			return false;
		}
		int order = a.compareTo(b);
		return switch (operator) {
			case "<" -> order < 0;
			case "<=" -> order <= 0;
			case ">" -> order > 0;
			default -> order >= 0;
		};
	}

	private static List<String> selections(Object value) {
		if (value instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		String text = text(value).strip();
		return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
	}

	// ---- the expression tree and its parser ----

	private interface Node {

		Object value(Function<String, Object> answers);

	}

	/** A recursive-descent parser over the expression's characters. */
	private static final class Parser {

		private final String text;

		private int at;

		Parser(String text) {
			this.text = text;
		}

		Node expression() {
			Node left = and();
			while (word("or")) {
				Node l = left;
				Node r = and();
				left = answers -> truth(l.value(answers)) || truth(r.value(answers));
			}
			return left;
		}

		private Node and() {
			Node left = comparison();
			while (word("and")) {
				Node l = left;
				Node r = comparison();
				left = answers -> truth(l.value(answers)) && truth(r.value(answers));
			}
			return left;
		}

		private Node comparison() {
			Node left = operand();
			String operator = operator();
			if (operator == null) {
				return left;
			}
			Node right = operand();
			return answers -> compare(operator, left.value(answers), right.value(answers));
		}

		private String operator() {
			skipSpaces();
			for (String candidate : List.of("!=", "<=", ">=", "=", "<", ">")) {
				if (text.startsWith(candidate, at)) {
					at += candidate.length();
					return candidate;
				}
			}
			return null;
		}

		private Node operand() {
			skipSpaces();
			if (at >= text.length()) {
				throw new IllegalArgumentException("operand expected");
			}
			char c = text.charAt(at);
			if (c == '(') {
				at++;
				Node inner = expression();
				expect(')');
				return inner;
			}
			if (c == '$') {
				String name = reference();
				return answers -> answers.apply(name);
			}
			if (c == '\'' || c == '"') {
				String literal = literal(c);
				return answers -> literal;
			}
			if (Character.isDigit(c) || c == '-' || c == '.') {
				BigDecimal number = numberLiteral();
				return answers -> number;
			}
			return function();
		}

		private Node function() {
			int start = at;
			while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '-')) {
				at++;
			}
			String name = text.substring(start, at);
			expect('(');
			List<Node> arguments = new ArrayList<>();
			skipSpaces();
			if (!peek(')')) {
				arguments.add(expression());
				while (peek(',')) {
					at++;
					arguments.add(expression());
				}
			}
			expect(')');
			return switch (name + "/" + arguments.size()) {
				case "not/1" -> answers -> !truth(arguments.get(0).value(answers));
				case "selected/2" -> answers -> selections(arguments.get(0).value(answers))
					.contains(text(arguments.get(1).value(answers)).strip());
				case "count-selected/1" ->
					answers -> BigDecimal.valueOf(selections(arguments.get(0).value(answers)).size());
				case "string-length/1" -> answers -> BigDecimal.valueOf(text(arguments.get(0).value(answers)).length());
				case "true/0" -> answers -> Boolean.TRUE;
				case "false/0" -> answers -> Boolean.FALSE;
				default -> throw new IllegalArgumentException("unknown function " + name);
			};
		}

		private String reference() {
			if (!text.startsWith("${", at)) {
				throw new IllegalArgumentException("${ expected");
			}
			int close = text.indexOf('}', at);
			if (close < 0) {
				throw new IllegalArgumentException("} expected");
			}
			String name = text.substring(at + 2, close).strip();
			at = close + 1;
			return name;
		}

		private String literal(char quote) {
			int close = text.indexOf(quote, at + 1);
			if (close < 0) {
				throw new IllegalArgumentException("closing quote expected");
			}
			String literal = text.substring(at + 1, close);
			at = close + 1;
			return literal;
		}

		private BigDecimal numberLiteral() {
			int start = at;
			at++;
			while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
				at++;
			}
			try {
				return new BigDecimal(text.substring(start, at));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("number expected");
			}
		}

		private boolean word(String word) {
			skipSpaces();
			int end = at + word.length();
			if (text.startsWith(word, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
				at = end;
				return true;
			}
			return false;
		}

		private boolean peek(char c) {
			skipSpaces();
			return at < text.length() && text.charAt(at) == c;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw new IllegalArgumentException(c + " expected");
			}
			at++;
		}

		void end() {
			skipSpaces();
			if (at != text.length()) {
				throw new IllegalArgumentException("end expected");
			}
		}

		private void skipSpaces() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

	}

}
