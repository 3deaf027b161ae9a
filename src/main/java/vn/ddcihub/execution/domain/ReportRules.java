package vn.ddcihub.execution.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.shared.InputProblem;

/**
 * What a unit's entries must hold: lengths the columns take, a progress from 0 to 100 %,
 * figures with a label and a number, and — when the report is submitted — an explanation
 * for every task that is behind schedule (chậm tiến độ) or blocked (có vướng mắc). Every
 * problem names its field ({@link #field}) and the task, so a page shows it beside the
 * input and the API names the same field.
 */
@Component
class ReportRules {

	static final int RESULTS_MAX = 20000;

	static final int TEXT_MAX = 10000;

	static final int FIGURES_MAX = 20;

	static final int FIGURE_LABEL_MAX = 255;

	static final int FIGURE_UNIT_MAX = 64;

	/** numeric(16, 2): below 10^14. */
	private static final BigDecimal FIGURE_LIMIT = new BigDecimal("1e14");

	private final MessageSource messages;

	ReportRules(MessageSource messages) {
		this.messages = messages;
	}

	/** The name of a task's field on the page and in problems: {@code results_12}. */
	static String field(String name, long taskId) {
		return name + "_" + taskId;
	}

	/** The name of a figure's field: {@code figureValue_12_0}. */
	static String figureField(String name, long taskId, int index) {
		return name + "_" + taskId + "_" + index;
	}

	/**
	 * @param titles the task titles by id, to name the task in a message
	 */
	List<InputProblem> draftProblems(List<ReportDraft.EntryDraft> entries, Map<Long, String> titles) {
		List<InputProblem> problems = new ArrayList<>();
		for (ReportDraft.EntryDraft entry : entries) {
			long task = entry.taskId();
			String title = titles.get(task);
			if (title == null) {
				problems.add(
						InputProblem.field(field("status", task), text("execution.report.rule.taskNotInReport", task)));
				continue;
			}
			if (entry.status() == null) {
				problems.add(problem("status", task, "execution.report.rule.status", title));
			}
			if (entry.progress() != null && (entry.progress() < 0 || entry.progress() > 100)) {
				problems.add(problem("progress", task, "execution.report.rule.progress", title));
			}
			length(problems, entry.results(), "results", task, title, RESULTS_MAX);
			length(problems, entry.difficulties(), "difficulties", task, title, TEXT_MAX);
			length(problems, entry.proposals(), "proposals", task, title, TEXT_MAX);
			length(problems, entry.explanation(), "explanation", task, title, TEXT_MAX);
			figures(problems, entry, title);
		}
		return problems;
	}

	/** On submit: an explanation for every task behind schedule or blocked. */
	List<InputProblem> submitProblems(List<ReportRepository.EntryRow> entries, Map<Long, String> titles) {
		List<InputProblem> problems = new ArrayList<>();
		for (ReportRepository.EntryRow entry : entries) {
			if (entry.status().needsExplanation() && entry.explanation().isBlank()) {
				problems.add(problem("explanation", entry.taskId(), "execution.report.rule.explanation",
						titles.getOrDefault(entry.taskId(), "#" + entry.taskId()),
						text("execution.task.status." + entry.status().name())));
			}
		}
		return problems;
	}

	private void figures(List<InputProblem> problems, ReportDraft.EntryDraft entry, String title) {
		if (entry.figures().size() > FIGURES_MAX) {
			problems
				.add(problem("figureLabel", entry.taskId(), "execution.report.rule.figureCount", title, FIGURES_MAX));
			return;
		}
		for (int i = 0; i < entry.figures().size(); i++) {
			ReportDraft.Figure figure = entry.figures().get(i);
			String label = figure.label() == null ? "" : figure.label().strip();
			if (label.isEmpty()) {
				problems.add(InputProblem.field(figureField("figureLabel", entry.taskId(), i),
						text("execution.report.rule.figureLabel", title, i + 1)));
			}
			else if (label.length() > FIGURE_LABEL_MAX) {
				problems.add(InputProblem.field(figureField("figureLabel", entry.taskId(), i),
						text("execution.report.rule.tooLong", title, text("execution.report.field.figureLabel"),
								FIGURE_LABEL_MAX)));
			}
			if (figure.value() == null) {
				problems.add(InputProblem.field(figureField("figureValue", entry.taskId(), i),
						text("execution.report.rule.figureValue", title, label)));
			}
			else if (figure.value().abs().compareTo(FIGURE_LIMIT) >= 0
					|| figure.value().scale() > 2 && figure.value().stripTrailingZeros().scale() > 2) {
				problems.add(InputProblem.field(figureField("figureValue", entry.taskId(), i),
						text("execution.report.rule.figureRange", title, label)));
			}
			if (figure.unit() != null && figure.unit().strip().length() > FIGURE_UNIT_MAX) {
				problems.add(InputProblem.field(figureField("figureUnit", entry.taskId(), i),
						text("execution.report.rule.tooLong", title, text("execution.report.field.figureUnit"),
								FIGURE_UNIT_MAX)));
			}
		}
	}

	private void length(List<InputProblem> problems, String value, String name, long task, String title, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(problem(name, task, "execution.report.rule.tooLong", title,
					text("execution.report.field." + name), max));
		}
	}

	private InputProblem problem(String name, long task, String key, Object... arguments) {
		return InputProblem.field(field(name, task), text(key, arguments));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
