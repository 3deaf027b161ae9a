package vn.ddcihub.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * Responses to a questionnaire as a survey would give them, for tests and benchmarks:
 * each unit has its own share of satisfied businesses (so units differ), each question is
 * answered by its type — a choice name (the favourable ones more often for a satisfied
 * business), a Likert step, yes/no, a number of days or an amount of money — and about
 * one answer in twenty is left blank. The same seed gives the same responses.
 */
public final class SyntheticResponses {

	private SyntheticResponses() {
	}

	/**
	 * {@code counts.get(unit)} responses about each unit, in the order of the map.
	 */
	public static List<NewResponse> of(Questionnaire questionnaire, Map<String, Integer> counts, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<NewResponse> responses = new ArrayList<>();
		int unitIndex = 0;
		for (Map.Entry<String, Integer> unit : counts.entrySet()) {
			double satisfied = 0.25 + 0.5 * ((unitIndex++ * 7919) % 23) / 22.0;
			for (int r = 0; r < unit.getValue(); r++) {
				Map<String, Object> answers = new TreeMap<>();
				for (Question question : questionnaire.questions()) {
					if (random.nextDouble() < 0.05) {
						continue;
					}
					Object answer = answer(questionnaire, question, random, random.nextDouble() < satisfied);
					if (answer != null) {
						answers.put(question.name(), answer);
					}
				}
				responses.add(new NewResponse(unit.getKey(), null, answers));
			}
		}
		return responses;
	}

	private static Object answer(Questionnaire questionnaire, Question question, SplittableRandom random,
			boolean satisfied) {
		List<Choice> choices = question.choiceList() == null ? List.of() : questionnaire.choices(question.choiceList());
		return switch (question.type()) {
			case LIKERT_5 -> String.valueOf(satisfied ? 3 + random.nextInt(3) : 1 + random.nextInt(3));
			case YES_NO, SINGLE_CHOICE -> choice(question, choices, random, satisfied);
			case MULTIPLE_CHOICE ->
				choices.isEmpty() ? null : List.of(choice(question, choices, random, satisfied), choices.get(0).name());
			case DAYS -> (double) (satisfied ? random.nextInt(5) : 3 + random.nextInt(20));
			case MONEY -> (double) (satisfied ? 0 : 100_000 * random.nextInt(50));
			case TEXT -> null;
		};
	}

	private static String choice(Question question, List<Choice> choices, SplittableRandom random, boolean satisfied) {
		if (choices.isEmpty()) {
			return null;
		}
		List<String> favourable = question.favourable();
		if (satisfied && !favourable.isEmpty()) {
			return favourable.get(random.nextInt(favourable.size()));
		}
		List<String> others = choices.stream().map(Choice::name).filter(n -> !favourable.contains(n)).toList();
		return others.isEmpty() ? choices.get(random.nextInt(choices.size())).name()
				: others.get(random.nextInt(others.size()));
	}

}
