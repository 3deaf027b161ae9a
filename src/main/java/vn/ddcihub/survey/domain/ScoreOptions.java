package vn.ddcihub.survey.domain;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.ddcihub.scoring.Normalisation;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * The options of {@code score} on the command line, e.g. {@code --form bang-hoi.xlsx
 * --responses phieu.csv --out ket-qua.xlsx --min-responses 30 --method MIN_MAX
 * --bootstrap 1000 --seed 42 --weights C1=1,C2=2}. Weights not given are 1; a bootstrap
 * of 0 replicates scores without intervals.
 */
record ScoreOptions(Path form, Path responses, Path out, ScoringParameters parameters, int bootstrap,
		Map<String, Double> weights, String separator, String unitColumn, String language) {

	/** A usage mistake, said in the user's language. */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message, null, false, false);
		}

	}

	static ScoreOptions parse(String[] args, CliTexts texts) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (!option.startsWith("--") || !KNOWN.contains(option)) {
				throw new UsageException(texts.get("cli.unknownOption", option));
			}
			if (i + 1 >= args.length) {
				throw new UsageException(texts.get("cli.noValue", option));
			}
			values.put(option, args[++i]);
		}
		for (String required : new String[] { "--form", "--responses", "--out" }) {
			if (values.get(required) == null || values.get(required).isBlank()) {
				throw new UsageException(texts.get("cli.missing", required));
			}
		}
		int minResponses = integer(values, "--min-responses", ScoringParameters.DEFAULT_MIN_RESPONSES, 0, texts);
		int bootstrap = integer(values, "--bootstrap", ScoringParameters.DEFAULT_REPLICATES, 0, texts);
		long seed = integer(values, "--seed", 42, 0, texts);
		ScoringParameters parameters = ScoringParameters.defaults()
			.withNormalisation(method(values.getOrDefault("--method", Normalisation.MIN_MAX.name()), texts))
			.withMinResponses(minResponses)
			.withBootstrap(Math.max(1, bootstrap), seed);
		return new ScoreOptions(Path.of(values.get("--form")), Path.of(values.get("--responses")),
				Path.of(values.get("--out")), parameters, bootstrap, weights(values.get("--weights"), texts),
				values.get("--separator"), values.get("--unit-column"), values.getOrDefault("--lang", "vi"));
	}

	private static final java.util.Set<String> KNOWN = java.util.Set.of("--form", "--responses", "--out",
			"--min-responses", "--method", "--bootstrap", "--seed", "--weights", "--separator", "--unit-column",
			"--lang");

	/** The language asked for, looked up before anything else can go wrong. */
	static String language(String[] args) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--lang")) {
				return args[i + 1];
			}
		}
		return "vi";
	}

	private static int integer(Map<String, String> values, String option, int fallback, int min, CliTexts texts) {
		String text = values.get(option);
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// said below
		}
		throw new UsageException(texts.get("cli.badInteger", option, text, Integer.toString(min)));
	}

	/** The methods that need no anchors from other editions. */
	private static Normalisation method(String text, CliTexts texts) {
		String[] usable = Arrays.stream(Normalisation.values())
			.filter(m -> !m.needsGivenAnchors())
			.map(Enum::name)
			.toArray(String[]::new);
		String name = text.strip().toUpperCase(java.util.Locale.ROOT);
		if (!Arrays.asList(usable).contains(name)) {
			throw new UsageException(texts.get("cli.badMethod", text, String.join(", ", usable)));
		}
		return Normalisation.valueOf(name);
	}

	private static Map<String, Double> weights(String text, CliTexts texts) {
		Map<String, Double> weights = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return weights;
		}
		for (String pair : text.split(",(?=[^,=]+=)")) {
			String[] parts = pair.split("=", 2);
			double weight = parts.length == 2 ? VietnameseFormat.parseDouble(parts[1].strip()) : Double.NaN;
			if (parts[0].isBlank() || !(weight >= 0) || Double.isInfinite(weight)) {
				throw new UsageException(texts.get("cli.badWeights", pair));
			}
			weights.put(parts[0].strip(), weight);
		}
		return weights;
	}

}
