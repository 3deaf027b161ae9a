package vn.ddcihub.execution.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Figure labels a task's KPI suggests (hồ sơ trả quá hạn, câu hỏi đã trả lời…), so units
 * report the same numbers under the same names and the consolidated report can add them
 * up. The KPI text is matched by a few words; the labels come from the bundles
 * ({@code execution.report.figure.suggest.*}, separated by ";").
 */
@Component
class FigureSuggestions {

	/** Words of a KPI text → the suggestion set. */
	private static final Map<String, String> TOPICS = Map.of("tthc", "dossiers", "hồ sơ", "dossiers", "hỏi đáp",
			"questions", "phản ánh", "questions", "đối thoại", "dialogues", "thanh tra", "inspections", "kiểm tra",
			"inspections", "công khai", "disclosure");

	private final MessageSource messages;

	FigureSuggestions(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(String kpiLinks) {
		String text = kpiLinks == null ? "" : kpiLinks.toLowerCase(Locale.ROOT);
		List<String> labels = new ArrayList<>();
		TOPICS.entrySet()
			.stream()
			.filter(topic -> text.contains(topic.getKey()))
			.map(Map.Entry::getValue)
			.distinct()
			.sorted()
			.forEach(
					topic -> Arrays
						.stream(messages.getMessage("execution.report.figure.suggest." + topic, null,
								LocaleContextHolder.getLocale())
							.split(";"))
						.map(String::strip)
						.filter(label -> !labels.contains(label))
						.forEach(labels::add));
		return labels;
	}

}
