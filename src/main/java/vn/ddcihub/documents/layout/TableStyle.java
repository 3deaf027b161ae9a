package vn.ddcihub.documents.layout;

/**
 * How data tables look: the title above, the bold shaded header row (repeated on every
 * page), the cells (numbers right-aligned, text left), padding, ruling and the space
 * around the table.
 *
 * @param headerShade "rrggbb" background of the header row
 * @param lineSpacing line spacing inside cells, in lines (1.0 = single)
 */
public record TableStyle(TextStyle title, TextStyle header, TextStyle cell, String headerShade, double paddingPt,
		double borderPt, double lineSpacing, double titleSpaceAfterPt, double spaceBeforePt, double spaceAfterPt) {
}
