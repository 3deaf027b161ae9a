package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

import vn.ddcihub.scoring.Anchors;
import vn.ddcihub.scoring.IndicatorSpec;
import vn.ddcihub.scoring.Normalisation;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.survey.Indicator;
import vn.ddcihub.survey.Questionnaire;

/**
 * What a normalisation method takes besides the block, stored with the run: the earlier
 * editions pooled by {@link Normalisation#POOLED_MIN_MAX} (their anchors come from their
 * own stored responses, see {@code ScoringRunner}) and the goalposts of
 * {@link Normalisation#GOALPOSTS}, {@code [min, max]} by indicator code. Empty for the
 * other methods.
 */
public record RunAnchors(List<Integer> pooledYears, Map<String, List<Double>> goalposts) {

	public RunAnchors {
		pooledYears = pooledYears == null ? List.of() : List.copyOf(pooledYears);
		goalposts = goalposts == null ? Map.of() : new LinkedHashMap<>(goalposts);
	}

	public static RunAnchors none() {
		return new RunAnchors(List.of(), Map.of());
	}

	/**
	 * The anchors typed with the run's parameters, for the method chosen; each problem
	 * names its field and line. {@code text} resolves a message key with arguments.
	 */
	public static RunAnchors read(ScoringRunInput input, Questionnaire questionnaire, List<InputProblem> problems,
			BiFunction<String, Object[], String> text) {
		if (input.normalisation() == Normalisation.POOLED_MIN_MAX) {
			return new RunAnchors(years(input.pooledYears(), questionnaire.year(), problems, text), Map.of());
		}
		if (input.normalisation() == Normalisation.GOALPOSTS) {
			return new RunAnchors(List.of(), goalposts(input.goalposts(), questionnaire, problems, text));
		}
		return none();
	}

	private static List<Integer> years(String typed, int year, List<InputProblem> problems,
			BiFunction<String, Object[], String> text) {
		TreeSet<Integer> years = new TreeSet<>();
		String label = text.apply("surveyRun.field.pooledYears", new Object[0]);
		for (String part : (typed == null ? "" : typed).split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				int y = Integer.parseInt(part);
				if (y >= year || y < 2000) {
					problems.add(InputProblem.field("pooledYears",
							text.apply("surveyRun.pooledYears.notEarlier", new Object[] { label, part, year })));
				}
				years.add(y);
			}
			catch (NumberFormatException notAYear) {
				problems.add(InputProblem.field("pooledYears",
						text.apply("surveyRun.pooledYears.notAYear", new Object[] { label, part })));
			}
		}
		if (years.isEmpty() && problems.stream().noneMatch(p -> "pooledYears".equals(p.column()))) {
			problems.add(InputProblem.field("pooledYears",
					text.apply("surveyRun.pooledYears.required", new Object[] { label })));
		}
		return new ArrayList<>(years.descendingSet());
	}

	private static Map<String, List<Double>> goalposts(String typed, Questionnaire questionnaire,
			List<InputProblem> problems, BiFunction<String, Object[], String> text) {
		Map<String, List<Double>> goalposts = new LinkedHashMap<>();
		String label = text.apply("surveyRun.field.goalposts", new Object[0]);
		String[] lines = (typed == null ? "" : typed).split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] cells = line.split("\\s*;\\s*");
			Object[] where = { label, i + 1, line };
			if (cells.length != 3) {
				problems.add(InputProblem.field("goalposts", text.apply("surveyRun.goalposts.shape", where)));
				continue;
			}
			var indicator = questionnaire.indicator(cells[0]);
			if (indicator.isEmpty()) {
				problems.add(InputProblem.field("goalposts",
						text.apply("surveyRun.goalposts.unknown", new Object[] { label, i + 1, cells[0] })));
				continue;
			}
			Double min = number(cells[1]);
			Double max = number(cells[2]);
			if (min == null || max == null || !(min < max)) {
				problems.add(InputProblem.field("goalposts", text.apply("surveyRun.goalposts.range", where)));
				continue;
			}
			if (goalposts.put(indicator.get().code(), List.of(min, max)) != null) {
				problems.add(InputProblem.field("goalposts",
						text.apply("surveyRun.goalposts.twice", new Object[] { label, i + 1, cells[0] })));
			}
		}
		List<String> missing = questionnaire.indicators()
			.stream()
			.map(Indicator::code)
			.filter(code -> !goalposts.containsKey(code))
			.toList();
		if (!missing.isEmpty() && problems.stream().noneMatch(p -> "goalposts".equals(p.column()))) {
			problems.add(InputProblem.field("goalposts",
					text.apply("surveyRun.goalposts.missing", new Object[] { label, String.join(", ", missing) })));
		}
		return goalposts;
	}

	private static Double number(String typed) {
		try {
			double value = Double.parseDouble(typed.replace(',', '.').replace(" ", ""));
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** The goalposts in the order of the specs the scorer takes. */
	public Anchors goalpostAnchors(List<IndicatorSpec> specs) {
		double[] min = new double[specs.size()];
		double[] max = new double[specs.size()];
		for (int i = 0; i < specs.size(); i++) {
			List<Double> posts = goalposts.get(specs.get(i).code());
			if (posts == null) {
				throw new IllegalArgumentException("Chỉ tiêu " + specs.get(i).code() + " chưa có ngưỡng cố định");
			}
			min[i] = posts.get(0);
			max[i] = posts.get(1);
		}
		return Anchors.of(min, max);
	}

	/** The years as typed on the form ("2019, 2018"). */
	public String pooledYearsText() {
		return String.join(", ", pooledYears.stream().map(String::valueOf).toList());
	}

	/** The goalposts as typed on the form, one "code; min; max" line each. */
	public String goalpostsText() {
		StringBuilder lines = new StringBuilder();
		goalposts.forEach((code, posts) -> lines.append(code)
			.append("; ")
			.append(plain(posts.get(0)))
			.append("; ")
			.append(plain(posts.get(1)))
			.append('\n'));
		return lines.toString().strip();
	}

	private static String plain(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
				: String.valueOf(value).toLowerCase(Locale.ROOT);
	}

}
