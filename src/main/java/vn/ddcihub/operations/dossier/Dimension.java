package vn.ddcihub.operations.dossier;

/** What the analytics table groups by. */
public enum Dimension {

	UNIT("unit_name"), PROCEDURE("procedure_code"), FIELD("field"), CHANNEL("channel"),
	MONTH("to_char(month, 'YYYY-MM')");

	private final String rollupColumn;

	Dimension(String rollupColumn) {
		this.rollupColumn = rollupColumn;
	}

	/** The grouping expression over {@code ops_dossier_month}. */
	String rollupColumn() {
		return rollupColumn;
	}

	/** The same grouping over {@code ops_dossier} (open dossiers, by month received). */
	String dossierColumn() {
		return switch (this) {
			case UNIT -> "unit_name";
			case PROCEDURE -> "coalesce(procedure_code, '')";
			case FIELD -> "coalesce(field, '')";
			case CHANNEL -> "channel";
			case MONTH -> "to_char(received_at, 'YYYY-MM')";
		};
	}

	public String messageKey() {
		return "dossiers.by." + name();
	}

}
