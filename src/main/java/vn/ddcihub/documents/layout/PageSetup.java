package vn.ddcihub.documents.layout;

/**
 * A4 paper and the margins of a document, in millimetres, and whether pages from the
 * second on carry their number centred at the top.
 *
 * @param headerDistanceMm distance from the top edge to the page number
 * @param pageNumber style of the page number; null when pages are not numbered
 */
public record PageSetup(double topMm, double bottomMm, double leftMm, double rightMm, double headerDistanceMm,
		TextStyle pageNumber) {

	public static final double A4_SHORT_MM = 210;

	public static final double A4_LONG_MM = 297;

	public boolean numbered() {
		return pageNumber != null;
	}

	public double textWidthMm(boolean landscape) {
		return (landscape ? A4_LONG_MM : A4_SHORT_MM) - leftMm - rightMm;
	}

	public double textHeightMm(boolean landscape) {
		return (landscape ? A4_SHORT_MM : A4_LONG_MM) - topMm - bottomMm;
	}

	/** Millimetres as points (1/72 inch), the unit of PDF and of Word font sizes. */
	public static float points(double mm) {
		return (float) (mm / 25.4 * 72);
	}

	/**
	 * Millimetres as twips (1/20 point), the unit of Word page and paragraph measures.
	 */
	public static int twips(double mm) {
		return (int) Math.round(mm / 25.4 * 1440);
	}
}
