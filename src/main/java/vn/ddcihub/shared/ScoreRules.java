package vn.ddcihub.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The ranges of the index (thang điểm), defined once for pages, the API and results
 * files: component scores (điểm chỉ số thành phần) 0–10, totals (điểm tổng hợp) 0–100,
 * ranks (xếp hạng) 1–n where n is the number of units of the edition. Forms use the
 * annotations; services and file imports call the checks.
 */
public final class ScoreRules {

	public static final int SCORE_MIN = 0;

	public static final int SCORE_MAX = 10;

	public static final int TOTAL_MIN = 0;

	public static final int TOTAL_MAX = 100;

	public static final int RANK_MIN = 1;

	private ScoreRules() {
	}

	public static boolean isScore(double value) {
		return between(value, SCORE_MIN, SCORE_MAX);
	}

	public static boolean isTotal(double value) {
		return between(value, TOTAL_MIN, TOTAL_MAX);
	}

	/** A whole rank from 1 to the number of units ranked. */
	public static boolean isRank(double rank, int units) {
		return rank == Math.rint(rank) && between(rank, RANK_MIN, units);
	}

	/** "0–10", as Vietnamese messages write the range of a component score. */
	public static String scoreRange() {
		return SCORE_MIN + "–" + SCORE_MAX;
	}

	/** "0–100", the range of a total. */
	public static String totalRange() {
		return TOTAL_MIN + "–" + TOTAL_MAX;
	}

	private static boolean between(double value, double min, double max) {
		return value >= min && value <= max;
	}

	/**
	 * A component score: 0–10. {@code min} and {@code max} only name the range in the
	 * message.
	 */
	@Documented
	@Retention(RUNTIME)
	@Target({ FIELD, METHOD, PARAMETER })
	@Constraint(validatedBy = ScoreCheck.class)
	public @interface Score {

		String message() default "{validation.between}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		int min() default SCORE_MIN;

		int max() default SCORE_MAX;

	}

	/** A total: 0–100. {@code min} and {@code max} only name the range in the message. */
	@Documented
	@Retention(RUNTIME)
	@Target({ FIELD, METHOD, PARAMETER })
	@Constraint(validatedBy = TotalCheck.class)
	public @interface Total {

		String message() default "{validation.between}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		int min() default TOTAL_MIN;

		int max() default TOTAL_MAX;

	}

	/**
	 * A rank: a whole number from 1; the upper bound (the number of units) is checked
	 * where the edition is known, with {@link ScoreRules#isRank}.
	 */
	@Documented
	@Retention(RUNTIME)
	@Target({ FIELD, METHOD, PARAMETER })
	@Constraint(validatedBy = RankCheck.class)
	public @interface Rank {

		String message() default "{validation.atLeast}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		int min() default RANK_MIN;

	}

	public static final class ScoreCheck implements ConstraintValidator<Score, Number> {

		@Override
		public boolean isValid(Number value, ConstraintValidatorContext context) {
			return value == null || isScore(value.doubleValue());
		}

	}

	public static final class TotalCheck implements ConstraintValidator<Total, Number> {

		@Override
		public boolean isValid(Number value, ConstraintValidatorContext context) {
			return value == null || isTotal(value.doubleValue());
		}

	}

	public static final class RankCheck implements ConstraintValidator<Rank, Number> {

		@Override
		public boolean isValid(Number value, ConstraintValidatorContext context) {
			return value == null || isRank(value.doubleValue(), Integer.MAX_VALUE);
		}

	}

}
