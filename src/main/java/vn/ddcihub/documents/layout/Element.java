package vn.ddcihub.documents.layout;

import java.util.List;
import java.util.Objects;

import vn.ddcihub.documents.ChartImage;
import vn.ddcihub.documents.TableContent;

/**
 * What a layout produces and a painter draws, the same for Word and PDF: the layouts
 * ({@link AdministrativeLayout}, {@link ReportLayout}) decide every text, style, measure
 * and order; the painters only translate these few elements into their format.
 */
public sealed interface Element permits Element.Text, Element.Rule, Element.Grid, Element.Table, Element.Picture,
		Element.PageStart, Element.Mark {

	/**
	 * A paragraph; "\n" breaks the line within it.
	 *
	 * @param firstLineIndentMm indent of the first line
	 * @param lineSpacing in lines: 1.0 is single spacing of the font
	 * @param keepWithNext kept on the page of the element after it (headings, titles)
	 */
	record Text(String text, TextStyle style, Align align, double firstLineIndentMm, double spaceBeforePt,
			double spaceAfterPt, double lineSpacing, boolean keepWithNext) implements Element {

		public Text {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(style, "style");
		}

		/**
		 * A centred line without spacing, as in the header, title and signature blocks.
		 */
		public static Text centred(String text, TextStyle style) {
			return new Text(text, style, Align.CENTRE, 0, 0, 0, 1.0, false);
		}

		/** A left-aligned line without spacing. */
		public static Text left(String text, TextStyle style) {
			return new Text(text, style, Align.LEFT, 0, 0, 0, 1.0, false);
		}

		public Text spaceBefore(double points) {
			return new Text(text, style, align, firstLineIndentMm, points, spaceAfterPt, lineSpacing, keepWithNext);
		}

		public Text spaceAfter(double points) {
			return new Text(text, style, align, firstLineIndentMm, spaceBeforePt, points, lineSpacing, keepWithNext);
		}

		public Text keptWithNext() {
			return new Text(text, style, align, firstLineIndentMm, spaceBeforePt, spaceAfterPt, lineSpacing, true);
		}
	}

	/**
	 * A short solid rule centred under the line above it.
	 *
	 * @param lengthFraction length as a share of the width it sits in (a cell, or the
	 * text width)
	 */
	record Rule(double lengthFraction, double thicknessPt, double spaceBeforePt,
			double spaceAfterPt) implements Element {
	}

	/**
	 * A borderless grid placing blocks side by side (issuer beside motto, recipients
	 * beside signer).
	 *
	 * @param overhangMm how far the grid reaches into each side margin
	 * @param fractions share of the grid's width per column
	 * @param rows rows of cells, one cell per column
	 * @param keepTogether never split across pages
	 */
	record Grid(double overhangMm, List<Double> fractions, List<List<Cell>> rows, double spaceBeforePt,
			boolean keepTogether) implements Element {

		public Grid {
			fractions = List.copyOf(fractions);
			rows = List.copyOf(rows);
			for (List<Cell> row : rows) {
				if (row.size() != fractions.size()) {
					throw new IllegalArgumentException("every grid row needs one cell per column");
				}
			}
		}

		/** One cell: lines and rules, top-aligned, below some padding. */
		public record Cell(List<Element> content, double paddingTopPt) {

			public Cell {
				content = List.copyOf(content);
				if (content.stream().anyMatch(e -> !(e instanceof Text || e instanceof Rule))) {
					throw new IllegalArgumentException("a grid cell holds lines and rules only");
				}
			}
		}
	}

	/** A data table across the text width, with its title above when it has one. */
	record Table(TableContent content, TableStyle style) implements Element {
	}

	/**
	 * A chart image centred, scaled to fit both limits with its proportions kept, and its
	 * caption.
	 *
	 * @param maxHeightShare share of the page's text height it may take
	 * @param caption the caption line under it, or null
	 */
	record Picture(ChartImage image, double maxWidthMm, double maxHeightShare, Text caption) implements Element {
	}

	/**
	 * Continues on pages of the given orientation: a change of orientation always starts
	 * a new page; {@code newPage} starts one even when the orientation stays.
	 * {@code ownNumbering} numbers the pages from here on their own (an annex: its first
	 * page unnumbered, the next one 2).
	 */
	record PageStart(boolean landscape, boolean newPage, boolean ownNumbering) implements Element {

		public PageStart(boolean landscape, boolean newPage) {
			this(landscape, newPage, false);
		}
	}

	/**
	 * From here on every page carries this text at its top right, e.g. "DỰ THẢO" on a
	 * draft.
	 */
	record Mark(String text, TextStyle style) implements Element {

		public Mark {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(style, "style");
		}
	}

}
