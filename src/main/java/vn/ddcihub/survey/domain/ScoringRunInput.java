package vn.ddcihub.survey.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.scoring.Imputation;
import vn.ddcihub.scoring.Normalisation;
import vn.ddcihub.scoring.ScoringParameters;
import vn.ddcihub.shared.Label;

/**
 * The parameters of a scoring run (lượt chấm điểm) as typed on its form or sent to the
 * API. Pooled min–max needs the earlier editions whose responses widen the anchors
 * ({@code pooledYears}, e.g. "2019, 2018"); fixed goalposts need one line per indicator
 * "code; min; max" ({@code goalposts}); a blank {@code seed} draws a random one, which is
 * stored and shown so the run can be repeated exactly. {@code weightVariation} is the ±
 * percentage by which the sensitivity analysis varies component weights.
 */
public record ScoringRunInput(
		@Label("surveyRun.field.normalisation") @NotNull(message = "{validation.choose}") Normalisation normalisation,
		@Label("surveyRun.field.pooledYears") @Size(max = 200, message = "{validation.tooLong}") String pooledYears,
		@Label("surveyRun.field.goalposts") @Size(max = 20_000, message = "{validation.tooLong}") String goalposts,
		@Label("surveyRun.field.minResponses") @NotNull(message = "{validation.required}") @Range(min = 0,
				max = 100_000, message = "{validation.between}") Integer minResponses,
		@Label("surveyRun.field.winsorise") Boolean winsorise,
		@Label("surveyRun.field.imputation") @NotNull(message = "{validation.choose}") Imputation imputation,
		@Label("surveyRun.field.replicates") @NotNull(message = "{validation.required}") @Range(min = 1,
				max = ScoringRunInput.MAX_REPLICATES, message = "{validation.between}") Integer replicates,
		@Label("surveyRun.field.seed") Long seed,
		@Label("surveyRun.field.sensitivityRuns") @NotNull(message = "{validation.required}") @Range(min = 1,
				max = ScoringRunInput.MAX_SENSITIVITY_RUNS, message = "{validation.between}") Integer sensitivityRuns,
		@Label("surveyRun.field.weightVariation") @NotNull(message = "{validation.required}") @Range(min = 0, max = 90,
				message = "{validation.between}") Integer weightVariation) {

	/** Enough for stable 5–95 % percentiles; more only costs time. */
	public static final int MAX_REPLICATES = 10_000;

	public static final int MAX_SENSITIVITY_RUNS = 10_000;

	/**
	 * The form as first shown: min–max, 30 responses, no treatment, 1,000 replicates with
	 * a random seed, 1,000 sensitivity runs varying weights ±20 %.
	 */
	public static ScoringRunInput defaults() {
		ScoringParameters defaults = ScoringParameters.defaults();
		return new ScoringRunInput(defaults.normalisation(), "", "", defaults.minResponses(), defaults.winsorise(),
				defaults.imputation(), defaults.bootstrapReplicates(), null, defaults.sensitivityRuns(),
				(int) Math.round(defaults.weightVariation() * 100));
	}

	/** The same parameters again with the seed given (to repeat a run). */
	public static ScoringRunInput of(ScoringParameters parameters, RunAnchors anchors) {
		return new ScoringRunInput(parameters.normalisation(), anchors.pooledYearsText(), anchors.goalpostsText(),
				parameters.minResponses(), parameters.winsorise(), parameters.imputation(),
				parameters.bootstrapReplicates(), parameters.seed(), parameters.sensitivityRuns(),
				(int) Math.round(parameters.weightVariation() * 100));
	}

	/** The engine's parameters with {@code chosenSeed} (the given or a drawn one). */
	public ScoringParameters parameters(long chosenSeed) {
		ScoringParameters defaults = ScoringParameters.defaults();
		return defaults.withNormalisation(normalisation)
			.withMinResponses(minResponses)
			.withWinsorisation(Boolean.TRUE.equals(winsorise), defaults.winsorisationCap())
			.withImputation(imputation)
			.withBootstrap(replicates, chosenSeed)
			.withSensitivity(sensitivityRuns, weightVariation / 100.0, defaults.sensitivityMethods(),
					defaults.sensitivityVariesWinsorisation());
	}

}
