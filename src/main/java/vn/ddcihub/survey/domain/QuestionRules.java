package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ddcihub.survey.Aggregation;
import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;

/**
 * The rules a question must meet to be asked and scored, written once for the pages, the
 * API and the XLSForm import, which each put the problem where their user looks (a field,
 * or a sheet, row and column).
 */
final class QuestionRules {

	/**
	 * Where a problem belongs: the question's choices, indicator or favourable answers.
	 */
	enum Place {

		CHOICES, INDICATOR, FAVOURABLE

	}

	record Problem(Place place, String message) {
	}

	private static final List<String> LIKERT_NAMES = List.of("1", "2", "3", "4", "5");

	private QuestionRules() {
	}

	/**
	 * @param aggregation the aggregation of the question's indicator; null when the
	 * question is not scored
	 */
	static List<Problem> check(AnswerType type, List<Choice> choices, String indicatorCode, Aggregation aggregation,
			List<String> favourable) {
		List<Problem> problems = new ArrayList<>();
		if (type.hasChoices() && choices.size() < 2) {
			problems.add(new Problem(Place.CHOICES, "Câu hỏi chọn đáp án cần ít nhất 2 lựa chọn"));
		}
		if (type == AnswerType.LIKERT_5 && !choices.stream().map(Choice::name).toList().equals(LIKERT_NAMES)) {
			problems.add(new Problem(Place.CHOICES, "Thang Likert cần đúng 5 lựa chọn tên 1, 2, 3, 4, 5"));
		}
		if (aggregation != null) {
			scored(type, indicatorCode, aggregation, favourable, problems);
		}
		if (!favourable.isEmpty() && !type.hasChoices()) {
			problems.add(new Problem(Place.FAVOURABLE, "Chỉ câu hỏi chọn đáp án mới có đáp án thuận lợi"));
		}
		else if (!favourable.isEmpty()) {
			Set<String> names = choices.stream().map(Choice::name).collect(Collectors.toSet());
			favourable.stream()
				.filter(answer -> !names.contains(answer))
				.findFirst()
				.ifPresent(answer -> problems.add(new Problem(Place.FAVOURABLE,
						"Đáp án thuận lợi “" + answer + "” không có trong danh sách lựa chọn của câu hỏi")));
		}
		return problems;
	}

	private static void scored(AnswerType type, String indicatorCode, Aggregation aggregation, List<String> favourable,
			List<Problem> problems) {
		if (type == AnswerType.TEXT) {
			problems.add(new Problem(Place.INDICATOR,
					"Câu hỏi trả lời tự do không chấm điểm vào chỉ tiêu " + indicatorCode + " được"));
		}
		else if (aggregation == Aggregation.SHARE_FAVOURABLE && !type.hasChoices()) {
			problems.add(new Problem(Place.INDICATOR, "Chỉ tiêu " + indicatorCode
					+ " tính tỷ lệ đáp án thuận lợi nên cần câu hỏi chọn đáp án (không phải câu hỏi nhập số)"));
		}
		else if (aggregation == Aggregation.SHARE_FAVOURABLE && favourable.isEmpty()) {
			problems.add(new Problem(Place.FAVOURABLE,
					"Cần nêu các đáp án thuận lợi: chỉ tiêu " + indicatorCode + " tính tỷ lệ đáp án thuận lợi"));
		}
		else if (aggregation != Aggregation.SHARE_FAVOURABLE && type != AnswerType.LIKERT_5 && !type.isNumber()) {
			problems.add(new Problem(Place.INDICATOR, "Chỉ tiêu " + indicatorCode
					+ " lấy trung bình hoặc trung vị nên cần câu hỏi thang Likert, số ngày hoặc số tiền"));
		}
	}

	/** The standard answers of a Likert scale 1–5 and of a yes/no question. */
	static List<Choice> standardChoices(AnswerType type, String listName) {
		if (type == AnswerType.LIKERT_5) {
			return List.of(new Choice(listName, "1", "Rất không đồng ý", 1),
					new Choice(listName, "2", "Không đồng ý", 2), new Choice(listName, "3", "Bình thường", 3),
					new Choice(listName, "4", "Đồng ý", 4), new Choice(listName, "5", "Rất đồng ý", 5));
		}
		if (type == AnswerType.YES_NO) {
			return List.of(new Choice(listName, "yes", "Có", 1), new Choice(listName, "no", "Không", 2));
		}
		return List.of();
	}

}
