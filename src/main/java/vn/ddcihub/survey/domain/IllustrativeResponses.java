package vn.ddcihub.survey.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ddcihub.survey.AnswerType;
import vn.ddcihub.survey.Choice;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Question;
import vn.ddcihub.survey.Questionnaire;
import vn.ddcihub.survey.domain.ResponseRepository.NewResponse;

/**
 * Synthetic responses of the illustrative 2020 survey (dữ liệu khảo sát minh họa): per
 * assessed unit a latent quality 0–1 per component drives how likely each answer is
 * favourable — Likert steps around a mean that rises with the quality, yes/no and scored
 * choices favourable with a probability that rises with it, days and money that fall with
 * it — plus a mood per respondent, so answers of one business hang together. Optional
 * questions are skipped now and then, and questions whose {@code relevant} condition is
 * not met are left out, as a real form does.
 *
 * <p>
 * Deterministic and monotone: every respondent of a unit draws the same random numbers (a
 * {@link SplittableRandom} seeded by the seed and the unit code, a fixed number of draws
 * per question) whatever the qualities, so the same seed gives the same responses, and
 * raising a quality never makes an answer worse — which lets the offline calibration
 * ({@code IllustrativeSurveyCalibration} in the test tree) search the qualities that put
 * STNMT on its 2020 targets. The qualities found are shipped in
 * {@value #LATENT_RESOURCE}.
 */
public final class IllustrativeResponses {

	/** Qualities and sample sizes per unit, written by the offline calibration. */
	public static final String LATENT_RESOURCE = "demo/survey/ddci-2020-latent.csv";

	/** The seed the shipped data are generated with. */
	public static final long SEED = 2020L;

	private static final double INDICATOR_SPREAD = 0.06;

	private static final Pattern EQUALS = Pattern.compile("\\$\\{(\\w+)}\\s*=\\s*'([^']*)'");

	private static final String[] COMMENTS = { "Cần rút ngắn thời gian giải quyết hồ sơ",
			"Cán bộ nhiệt tình, hướng dẫn rõ ràng", "Nên công khai thêm thông tin trên trang điện tử",
			"Mong đơn vị tổ chức đối thoại thường xuyên hơn" };

	/** One unit's sample size and latent quality 0–1 per component (C1…). */
	public record UnitLatent(String unitCode, int respondents, double[] quality) {
	}

	private final List<Question> questions;

	private final List<Choice>[] choiceLists;

	private final String[][] conditions;

	private final Map<String, Integer> componentOf = new LinkedHashMap<>();

	private final long seed;

	@SuppressWarnings("unchecked")
	public IllustrativeResponses(Questionnaire questionnaire, List<String> componentCodes, long seed) {
		this.questions = questionnaire.questions();
		this.seed = seed;
		this.choiceLists = questions.stream()
			.map(q -> q.choiceList() == null ? List.<Choice>of() : questionnaire.choices(q.choiceList()))
			.toArray(List[]::new);
		this.conditions = questions.stream().map(IllustrativeResponses::condition).toArray(String[][]::new);
		for (Indicator indicator : questionnaire.indicators()) {
			componentOf.put(indicator.code().toUpperCase(), componentCodes.indexOf(indicator.componentCode()));
		}
	}

	/** The shipped qualities, in the file's unit order. */
	public static List<UnitLatent> shippedLatents() {
		try (InputStream in = IllustrativeResponses.class.getClassLoader().getResourceAsStream(LATENT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(LATENT_RESOURCE + " is missing from the class path");
			}
			return parseLatents(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<UnitLatent> parseLatents(BufferedReader reader) throws IOException {
		List<UnitLatent> latents = new ArrayList<>();
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("unit_code")) {
				continue;
			}
			String[] cells = line.split(",");
			double[] quality = new double[cells.length - 2];
			for (int c = 0; c < quality.length; c++) {
				quality[c] = Double.parseDouble(cells[c + 2]);
			}
			latents.add(new UnitLatent(cells[0], Integer.parseInt(cells[1]), quality));
		}
		return latents;
	}

	/** Every unit's responses, units in the order given. */
	public List<NewResponse> generate(List<UnitLatent> units) {
		List<NewResponse> responses = new ArrayList<>();
		for (UnitLatent unit : units) {
			responses.addAll(generate(unit));
		}
		return responses;
	}

	/** One unit's responses; the respondent refs read "minh-hoa-2020-STNMT-0001". */
	public List<NewResponse> generate(UnitLatent unit) {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + unit.unitCode().hashCode());
		double[] qualities = new double[questions.size()];
		for (int q = 0; q < qualities.length; q++) {
			qualities[q] = quality(unit, questions.get(q));
		}
		String refPrefix = "minh-hoa-" + SurveyDemoData.YEAR + "-" + unit.unitCode() + "-";
		List<NewResponse> responses = new ArrayList<>(unit.respondents());
		for (int r = 0; r < unit.respondents(); r++) {
			double mood = gaussian(random) * 0.35;
			Map<String, Object> answers = new LinkedHashMap<>();
			for (int q = 0; q < qualities.length; q++) {
				Question question = questions.get(q);
				// always the same draws per question, whatever is answered
				double skip = random.nextDouble();
				double pick = random.nextDouble();
				double noise = gaussian(random);
				if (!relevant(conditions[q], answers) || skip < skipShare(question)) {
					continue;
				}
				answers.put(question.name(), answer(question, choiceLists[q], qualities[q], mood, pick, noise));
			}
			String number = Integer.toString(r + 1);
			responses
				.add(new NewResponse(unit.unitCode(), refPrefix + "0".repeat(4 - number.length()) + number, answers));
		}
		return responses;
	}

	private double quality(UnitLatent unit, Question question) {
		if (question.indicatorCode() == null) {
			return 0.5;
		}
		String indicator = question.indicatorCode().toUpperCase();
		int component = componentOf.getOrDefault(indicator, -1);
		return component < 0 ? 0.5 : unit.quality()[component] + strength(unit, indicator);
	}

	/**
	 * A unit's own strength or weakness on one indicator (about ±0.06 of quality), fixed
	 * by the seed: without it the best unit would be best on every indicator and score 10
	 * everywhere, which no real league shows.
	 */
	private double strength(UnitLatent unit, String indicator) {
		SplittableRandom random = new SplittableRandom(seed * 31 + (unit.unitCode() + '/' + indicator).hashCode());
		return gaussian(random) * INDICATOR_SPREAD;
	}

	/** Optional questions are skipped now and then; required ones always answered. */
	private static double skipShare(Question question) {
		if (question.required()) {
			return 0;
		}
		return switch (question.type()) {
			case DAYS -> 0.12;
			case MONEY -> 0.25;
			case TEXT -> 0.9;
			default -> 0.05;
		};
	}

	/**
	 * The {@code ${question} = 'answer'} condition of a question (the only form the demo
	 * questionnaire uses), null when it is always asked.
	 */
	private static String[] condition(Question question) {
		Matcher condition = question.relevant() == null ? null : EQUALS.matcher(question.relevant().strip());
		return condition == null || !condition.matches() ? null
				: new String[] { condition.group(1), condition.group(2) };
	}

	private static boolean relevant(String[] condition, Map<String, Object> answers) {
		return condition == null || condition[1].equals(answers.get(condition[0]));
	}

	private static Object answer(Question question, List<Choice> choices, double quality, double mood, double pick,
			double noise) {
		boolean scored = question.indicatorCode() != null;
		return switch (question.type()) {
			case LIKERT_5 -> likert(question, quality, mood, noise);
			case YES_NO, SINGLE_CHOICE ->
				scored && !question.favourable().isEmpty() ? favourableOrNot(question, choices, quality, mood, pick)
						: choices.get(Math.min(choices.size() - 1, (int) (pick * choices.size()))).name();
			case MULTIPLE_CHOICE -> ticked(choices, pick, noise);
			case DAYS ->
				(double) Math.max(1, Math.round(25 * (1.7 - 1.3 * quality - 0.2 * mood) * Math.exp(0.45 * noise)));
			case MONEY -> Math.max(1, Math.round(20 * (1.6 - 1.2 * quality) * Math.exp(0.6 * noise))) * 100_000.0;
			case TEXT -> COMMENTS[(int) (pick * COMMENTS.length)];
		};
	}

	/**
	 * A Likert step around a mean rising with the quality; a statement whose favourable
	 * answers are the low steps (disagreeing with something bad) is answered mirrored.
	 */
	private static String likert(Question question, double quality, double mood, double noise) {
		double mean = 1.7 + 2.9 * quality + mood;
		long step = Math.max(1, Math.min(5, Math.round(mean + 0.9 * noise)));
		Set<String> favourable = Set.copyOf(question.favourable());
		boolean negative = favourable.contains("1") || favourable.contains("2");
		return Long.toString(negative ? 6 - step : step);
	}

	private static String favourableOrNot(Question question, List<Choice> choices, double quality, double mood,
			double pick) {
		double chance = Math.max(0.02, Math.min(0.98, 0.2 + 0.75 * quality + 0.15 * mood));
		String favourable = question.favourable().get(0);
		if (pick < chance) {
			return favourable;
		}
		List<String> others = choices.stream()
			.map(Choice::name)
			.filter(n -> !question.favourable().contains(n))
			.toList();
		double within = (pick - chance) / (1 - chance);
		return others.get(Math.min(others.size() - 1, (int) (within * others.size())));
	}

	private static List<String> ticked(List<Choice> choices, double pick, double noise) {
		List<String> ticked = new ArrayList<>();
		ticked.add(choices.get(Math.min(choices.size() - 1, (int) (pick * choices.size()))).name());
		if (noise > 0.5 && choices.size() > 1) {
			ticked.add(choices.get((int) ((pick * choices.size() + 1) % choices.size())).name());
		}
		return ticked;
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller from two uniforms, so the number of draws is fixed
		double u1 = 1 - random.nextDouble();
		double u2 = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
	}

}
