package vn.ddcihub.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of published scores (làm tròn điểm công bố).
 *
 * <p>
 * Published DDCI scores carry {@link #PUBLISHED_SCALE} = 2 decimals, and ranks, medians
 * of published tables and bands are read off those rounded figures. Rounding is half-up
 * on the shortest decimal form of the double (as Excel's {@code ROUND} does), so
 * {@code 2.675} becomes {@code 2.68} although the binary double is slightly below 2.675.
 */
public final class Rounding {

	/** Decimals of published scores. */
	public static final int PUBLISHED_SCALE = 2;

	private static final double[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000 };

	private Rounding() {
	}

	/** {@code value} rounded half-up to {@code scale} decimals; NaN stays NaN. */
	public static double halfUp(double value, int scale) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return value;
		}
		return key(value, scale) / POWERS_OF_TEN[checkScale(scale)];
	}

	/**
	 * {@code value} rounded half-up to {@code scale} decimals, as a whole number of
	 * 10<sup>−scale</sup> units (e.g. 6.775 at scale 2 → 678). Comparing keys compares
	 * rounded values exactly. The caller must exclude NaN.
	 */
	public static long key(double value, int scale) {
		double scaled = value * POWERS_OF_TEN[checkScale(scale)];
		double fraction = Math.abs(scaled - (long) scaled);
		if (Math.abs(fraction - 0.5) < 1e-6) {
			// Near a tie the binary product may sit on the wrong side of .5: decide on
			// the decimal form.
			return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
		}
		return Math.round(scaled);
	}

	private static int checkScale(int scale) {
		if (scale < 0 || scale >= POWERS_OF_TEN.length) {
			throw new IllegalArgumentException(
					"Rounding scale must be 0.." + (POWERS_OF_TEN.length - 1) + ", was " + scale);
		}
		return scale;
	}

}
