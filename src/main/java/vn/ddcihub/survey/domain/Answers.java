package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.ddcihub.shared.VietnameseFormat;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Question;

/**
 * Reads one answer as the web form or a survey tool's export gives it and returns the
 * value stored in a response: a choice name, the list of choice names of a multiple
 * choice, a number (days or VND) or a text. Written once for the web form and every
 * import, which each say where the answer was.
 *
 * <p>
 * Choices are matched by name and, failing that, by label (Google Forms and LimeSurvey
 * export labels), ignoring case and surrounding spaces. A yes/no question also takes
 * "có/không", "yes/no", "true/false", "1/0".
 */
public final class Answers {

	/** Days are a count within ten years; money within a thousand billion VND. */
	static final double DAYS_MAX = 3650;

	static final double MONEY_MAX = 1e15;

	/** Free text kept per answer. */
	static final int TEXT_MAX = 2000;

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,  ]\\d{3})+");

	private static final int CHOICES_NAMED = 10;

	private Answers() {
	}

	/**
	 * An answer read: its stored value (null when not answered), or a problem in
	 * Vietnamese naming the question and what was wrong.
	 */
	public record Read(Object value, String problem) {

		static Read blank() {
			return new Read(null, null);
		}

		static Read of(Object value) {
			return new Read(value, null);
		}

		static Read wrong(String problem) {
			return new Read(null, problem);
		}

		public boolean ok() {
			return problem == null;
		}

	}

	/**
	 * The answer in one cell or field; a multiple choice holds its choices separated by
	 * {@code separator} (a space when null or blank).
	 */
	public static Read read(Question question, List<Choice> choices, String raw, String separator) {
		if (raw == null || raw.isBlank()) {
			return Read.blank();
		}
		String text = raw.strip();
		return switch (question.type()) {
			case MULTIPLE_CHOICE -> readSelected(question, choices, split(text, separator));
			case SINGLE_CHOICE, LIKERT_5 -> choice(question, choices, text);
			case YES_NO -> yesNo(question, choices, text);
			case DAYS -> number(question, text, DAYS_MAX, "số ngày");
			case MONEY -> number(question, text, MONEY_MAX, "số tiền (đồng)");
			case TEXT -> text.length() > TEXT_MAX ? Read.wrong(
					"Câu " + question.name() + ": câu trả lời dài quá " + VietnameseFormat.integer(TEXT_MAX) + " ký tự")
					: Read.of(text);
		};
	}

	/** The choices ticked on the web form for a multiple-choice question. */
	public static Read readSelected(Question question, List<Choice> choices, List<String> selected) {
		Set<String> names = new LinkedHashSet<>();
		for (String each : selected) {
			if (each == null || each.isBlank()) {
				continue;
			}
			Read one = choice(question, choices, each.strip());
			if (!one.ok()) {
				return one;
			}
			names.add((String) one.value());
		}
		return names.isEmpty() ? Read.blank() : Read.of(List.copyOf(names));
	}

	private static List<String> split(String text, String separator) {
		String by = separator == null || separator.isEmpty() ? " " : separator;
		List<String> parts = new ArrayList<>();
		int from = 0;
		int at;
		while ((at = text.indexOf(by, from)) >= 0) {
			parts.add(text.substring(from, at));
			from = at + by.length();
		}
		parts.add(text.substring(from));
		return parts;
	}

	private static Read choice(Question question, List<Choice> choices, String text) {
		for (Choice choice : choices) {
			if (choice.name().equalsIgnoreCase(text)) {
				return Read.of(choice.name());
			}
		}
		for (Choice choice : choices) {
			if (choice.label().strip().equalsIgnoreCase(text)) {
				return Read.of(choice.name());
			}
		}
		return Read.wrong("Câu " + question.name() + ": “" + shortened(text) + "” không phải lựa chọn của câu hỏi"
				+ named(choices));
	}

	private static Read yesNo(Question question, List<Choice> choices, String text) {
		Read listed = choice(question, choices, text);
		if (listed.ok() || choices.size() != 2) {
			return listed;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (Set.of("có", "co", "yes", "true", "1", "đúng").contains(lower)) {
			return Read.of(choices.get(0).name());
		}
		if (Set.of("không", "khong", "no", "false", "0", "sai").contains(lower)) {
			return Read.of(choices.get(1).name());
		}
		return listed;
	}

	private static Read number(Question question, String text, double max, String what) {
		String plain = GROUPED.matcher(text).matches() ? text.replaceAll("[.,  ]", "") : text;
		double value = VietnameseFormat.parseDouble(plain);
		if (!(value >= 0 && value <= max)) {
			return Read.wrong("Câu " + question.name() + ": “" + shortened(text) + "” không phải " + what
					+ " hợp lệ (một số từ 0 đến " + VietnameseFormat.integer((long) max) + ")");
		}
		return Read.of(value);
	}

	private static String named(List<Choice> choices) {
		if (choices.isEmpty()) {
			return "";
		}
		return choices.stream()
			.limit(CHOICES_NAMED)
			.map(Choice::name)
			.collect(Collectors.joining(", ", " (", choices.size() > CHOICES_NAMED ? ", …)" : ")"));
	}

	private static String shortened(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}

}
