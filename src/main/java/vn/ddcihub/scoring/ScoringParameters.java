package vn.ddcihub.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything that decides a scoring run besides its data (tham số chấm điểm), stored with
 * the run so it can be reproduced exactly: normalisation method, minimum responses per
 * unit, winsorisation and its cap, imputation, bootstrap replicates and seed, sensitivity
 * runs, the ± share by which sensitivity varies component weights (0.2 = ±20 %), the
 * normalisation methods sensitivity draws from and whether it also switches winsorisation
 * on and off. {@link #toMap()} and {@link #fromMap(Map)} round-trip exactly (doubles as
 * {@link Double#toString(double)}).
 */
public record ScoringParameters(Normalisation normalisation, int minResponses, boolean winsorise, int winsorisationCap,
		Imputation imputation, int bootstrapReplicates, long seed, int sensitivityRuns, double weightVariation,
		Set<Normalisation> sensitivityMethods, boolean sensitivityVariesWinsorisation) {

	/** Default number of bootstrap replicates. */
	public static final int DEFAULT_REPLICATES = 1000;

	/** Default minimum number of responses for a unit to be ranked. */
	public static final int DEFAULT_MIN_RESPONSES = 30;

	public ScoringParameters {
		Objects.requireNonNull(normalisation, "normalisation");
		Objects.requireNonNull(imputation, "imputation");
		Objects.requireNonNull(sensitivityMethods, "sensitivityMethods");
		require(minResponses >= 0, "minResponses", minResponses);
		require(winsorisationCap >= 0, "winsorisationCap", winsorisationCap);
		require(bootstrapReplicates >= 1, "bootstrapReplicates", bootstrapReplicates);
		require(sensitivityRuns >= 1, "sensitivityRuns", sensitivityRuns);
		require(weightVariation >= 0 && weightVariation < 1, "weightVariation", weightVariation);
		require(!sensitivityMethods.isEmpty(), "sensitivityMethods", sensitivityMethods);
		sensitivityMethods = Collections.unmodifiableSet(EnumSet.copyOf(sensitivityMethods));
	}

	/**
	 * MIN_MAX, 30 responses, no winsorisation (cap 5 when on), no imputation, 1,000
	 * replicates, seed 1, 1,000 sensitivity runs varying weights ±20 % over MIN_MAX,
	 * Z_SCORE and RANK with and without winsorisation.
	 */
	public static ScoringParameters defaults() {
		return new ScoringParameters(Normalisation.MIN_MAX, DEFAULT_MIN_RESPONSES, false, Winsorisation.DEFAULT_CAP,
				Imputation.NONE, DEFAULT_REPLICATES, 1L, 1000, 0.2,
				EnumSet.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE, Normalisation.RANK), true);
	}

	/** These parameters with another normalisation method. */
	public ScoringParameters withNormalisation(Normalisation method) {
		return new ScoringParameters(method, minResponses, winsorise, winsorisationCap, imputation, bootstrapReplicates,
				seed, sensitivityRuns, weightVariation, sensitivityMethods, sensitivityVariesWinsorisation);
	}

	/** These parameters with another minimum number of responses. */
	public ScoringParameters withMinResponses(int minimum) {
		return new ScoringParameters(normalisation, minimum, winsorise, winsorisationCap, imputation,
				bootstrapReplicates, seed, sensitivityRuns, weightVariation, sensitivityMethods,
				sensitivityVariesWinsorisation);
	}

	/** These parameters with winsorisation on or off, and its cap. */
	public ScoringParameters withWinsorisation(boolean on, int cap) {
		return new ScoringParameters(normalisation, minResponses, on, cap, imputation, bootstrapReplicates, seed,
				sensitivityRuns, weightVariation, sensitivityMethods, sensitivityVariesWinsorisation);
	}

	/** These parameters with another imputation. */
	public ScoringParameters withImputation(Imputation rule) {
		return new ScoringParameters(normalisation, minResponses, winsorise, winsorisationCap, rule,
				bootstrapReplicates, seed, sensitivityRuns, weightVariation, sensitivityMethods,
				sensitivityVariesWinsorisation);
	}

	/** These parameters with another bootstrap size and seed. */
	public ScoringParameters withBootstrap(int replicates, long newSeed) {
		return new ScoringParameters(normalisation, minResponses, winsorise, winsorisationCap, imputation, replicates,
				newSeed, sensitivityRuns, weightVariation, sensitivityMethods, sensitivityVariesWinsorisation);
	}

	/** These parameters with other sensitivity settings. */
	public ScoringParameters withSensitivity(int runs, double variation, Set<Normalisation> methods,
			boolean variesWinsorisation) {
		return new ScoringParameters(normalisation, minResponses, winsorise, winsorisationCap, imputation,
				bootstrapReplicates, seed, runs, variation, methods, variesWinsorisation);
	}

	/** The sensitivity methods in declaration order (the order runs draw from). */
	public List<Normalisation> sensitivityMethodList() {
		return new ArrayList<>(sensitivityMethods);
	}

	/** A flat string map of every parameter, keys as the record components. */
	public Map<String, String> toMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("normalisation", normalisation.name());
		map.put("minResponses", Integer.toString(minResponses));
		map.put("winsorise", Boolean.toString(winsorise));
		map.put("winsorisationCap", Integer.toString(winsorisationCap));
		map.put("imputation", imputation.name());
		map.put("bootstrapReplicates", Integer.toString(bootstrapReplicates));
		map.put("seed", Long.toString(seed));
		map.put("sensitivityRuns", Integer.toString(sensitivityRuns));
		map.put("weightVariation", Double.toString(weightVariation));
		map.put("sensitivityMethods", String.join(",", sensitivityMethodList().stream().map(Enum::name).toList()));
		map.put("sensitivityVariesWinsorisation", Boolean.toString(sensitivityVariesWinsorisation));
		return map;
	}

	/**
	 * Parameters from a map written by {@link #toMap()}; a missing key takes its
	 * {@link #defaults()} value, an unknown key or a bad value is refused naming the key.
	 */
	public static ScoringParameters fromMap(Map<String, String> map) {
		Map<String, String> values = new LinkedHashMap<>(defaults().toMap());
		for (Map.Entry<String, String> entry : map.entrySet()) {
			if (!values.containsKey(entry.getKey())) {
				throw new IllegalArgumentException("Unknown scoring parameter " + entry.getKey());
			}
			values.put(entry.getKey(), Objects.requireNonNull(entry.getValue(), entry.getKey()).trim());
		}
		return new ScoringParameters(parse(values, "normalisation", Normalisation::valueOf),
				parse(values, "minResponses", Integer::parseInt), parse(values, "winsorise", ScoringParameters::bool),
				parse(values, "winsorisationCap", Integer::parseInt), parse(values, "imputation", Imputation::valueOf),
				parse(values, "bootstrapReplicates", Integer::parseInt), parse(values, "seed", Long::parseLong),
				parse(values, "sensitivityRuns", Integer::parseInt),
				parse(values, "weightVariation", Double::parseDouble),
				parse(values, "sensitivityMethods", ScoringParameters::methods),
				parse(values, "sensitivityVariesWinsorisation", ScoringParameters::bool));
	}

	private static <T> T parse(Map<String, String> values, String key, Function<String, T> parser) {
		String text = values.get(key);
		try {
			return parser.apply(text);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Scoring parameter " + key + " has a bad value: " + text, ex);
		}
	}

	private static boolean bool(String text) {
		if (!text.equals("true") && !text.equals("false")) {
			throw new IllegalArgumentException("not true or false");
		}
		return Boolean.parseBoolean(text);
	}

	private static Set<Normalisation> methods(String text) {
		Set<Normalisation> methods = EnumSet.noneOf(Normalisation.class);
		for (String name : text.split(",")) {
			methods.add(Normalisation.valueOf(name.trim()));
		}
		return methods;
	}

	private static void require(boolean ok, String name, Object value) {
		if (!ok) {
			throw new IllegalArgumentException("Scoring parameter " + name + " is out of range: " + value);
		}
	}

}
