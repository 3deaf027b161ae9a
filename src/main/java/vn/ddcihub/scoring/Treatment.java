package vn.ddcihub.scoring;

/**
 * A value changed by outlier treatment or imputation (giá trị đã xử lý): {@code unit} and
 * {@code indicator} are 0-based positions, {@code before} and {@code after} the value on
 * the scale the treatment works on (raw for {@link Kind#WINSORISED} and
 * {@link Kind#IMPUTED_BLOCK_MEAN}, normalised 1–10 for
 * {@link Kind#IMPUTED_COMPONENT_MEAN}).
 */
public record Treatment(int unit, int indicator, Kind kind, double before, double after) {

	/** What was done. */
	public enum Kind {

		/** Clipped by {@link Winsorisation}. */
		WINSORISED,
		/** Filled by {@link Imputation#BLOCK_MEAN}. */
		IMPUTED_BLOCK_MEAN,
		/** Filled by {@link Imputation#COMPONENT_MEAN}. */
		IMPUTED_COMPONENT_MEAN

	}
}
