package vn.ddcihub.documents.layout;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.documents.Block;

/**
 * How body blocks are laid out in one kind of document: the text style and spacing of
 * headings, paragraphs and bullets, the table style, and the size limits of charts.
 *
 * @param lineSpacing in lines (1.0 = single)
 * @param firstLineIndentMm first-line indent of paragraphs, headings and bullets
 * @param secondLevelIndentMm extra first-line indent of a "+" bullet
 * @param chapterSpaceBeforePt space above a level-1 heading
 * @param chartMaxWidthMm widest a chart is drawn (never wider than the text)
 */
public record BlockLayout(PageSetup page, TextStyle text, double lineSpacing, double firstLineIndentMm,
		double secondLevelIndentMm, double spaceAfterPt, double chapterSpaceBeforePt, TableStyle table,
		double chartMaxWidthMm, TextStyle caption) {

	/**
	 * The blocks as elements, starting on pages of the given orientation; a table of the
	 * other orientation gets pages of its own, then the orientation returns.
	 */
	public List<Element> elements(List<Block> blocks, boolean landscape) {
		List<Element> elements = new ArrayList<>();
		for (Block block : blocks) {
			add(elements, block, landscape);
		}
		return elements;
	}

	/** A body paragraph of this layout. */
	public Element.Text paragraph(String text, TextStyle style, double extraIndentMm) {
		return new Element.Text(text, style, Align.JUSTIFIED, firstLineIndentMm + extraIndentMm, 0, spaceAfterPt,
				lineSpacing, false);
	}

	private void add(List<Element> elements, Block block, boolean landscape) {
		if (block instanceof Block.Heading heading) {
			TextStyle style = heading.level() == 3 ? TextStyle.boldItalic(text.size()) : TextStyle.bold(text.size());
			Element.Text line = paragraph(heading.text(), style, 0).keptWithNext();
			elements.add(heading.level() == 1 ? line.spaceBefore(chapterSpaceBeforePt) : line);
		}
		else if (block instanceof Block.Paragraph paragraph) {
			elements.add(paragraph(paragraph.text(), text, 0));
		}
		else if (block instanceof Block.Bullet bullet) {
			elements.add(paragraph(bullet.marker() + " " + bullet.text(), text,
					bullet.marker() == '+' ? secondLevelIndentMm : 0));
		}
		else if (block instanceof Block.Table table) {
			boolean turns = table.content().landscape() != landscape;
			if (turns) {
				elements.add(new Element.PageStart(table.content().landscape(), false));
			}
			elements.add(new Element.Table(table.content(), this.table));
			if (turns) {
				elements.add(new Element.PageStart(landscape, false));
			}
		}
		else if (block instanceof Block.Chart chart) {
			String caption = chart.image().caption();
			elements.add(new Element.Picture(chart.image(), Math.min(chartMaxWidthMm, page.textWidthMm(landscape)),
					chart.heightShare(),
					caption.isBlank() ? null : Element.Text.centred(caption, this.caption).spaceAfter(spaceAfterPt)));
		}
		else if (block instanceof Block.NewPage) {
			elements.add(new Element.PageStart(landscape, true));
		}
	}
}
