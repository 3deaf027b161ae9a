package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ddcihub.survey.Choice;

/**
 * Choices and favourable answers as a person types them on the question page: one choice
 * per line as {@code name = label}, favourable answers separated by commas.
 */
final class ChoiceText {

	private ChoiceText() {
	}

	/** The choices typed, or a message saying which line is wrong. */
	record Parsed(List<Choice> choices, String problem) {
	}

	static Parsed parse(String text, String listName) {
		List<Choice> choices = new ArrayList<>();
		Set<String> names = new HashSet<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		int line = 0;
		for (String raw : lines) {
			line++;
			if (raw.isBlank()) {
				continue;
			}
			int equals = raw.indexOf('=');
			String name = (equals < 0 ? raw : raw.substring(0, equals)).strip();
			String label = equals < 0 ? name : raw.substring(equals + 1).strip();
			if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)
					|| name.length() > SurveyLimits.NAME_MAX) {
				return new Parsed(List.of(), "Dòng " + line
						+ ": tên lựa chọn trước dấu = không được trống, không có dấu cách, tối đa 64 ký tự");
			}
			if (label.isEmpty() || label.length() > SurveyLimits.CHOICE_LABEL_MAX) {
				return new Parsed(List.of(), "Dòng " + line + ": nhãn lựa chọn sau dấu = cần từ 1 đến 500 ký tự");
			}
			if (!names.add(name)) {
				return new Parsed(List.of(), "Dòng " + line + ": lựa chọn “" + name + "” đã có ở dòng trên");
			}
			choices.add(new Choice(listName, name, label, choices.size() + 1));
		}
		return new Parsed(choices, null);
	}

	static String print(List<Choice> choices) {
		return choices.stream().map(c -> c.name() + " = " + c.label()).collect(Collectors.joining("\n"));
	}

	static List<String> favourable(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

}
