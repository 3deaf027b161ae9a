package vn.ddcihub.documents.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import vn.ddcihub.documents.TableContent;
import vn.ddcihub.documents.layout.Align;
import vn.ddcihub.documents.layout.BundledFonts;
import vn.ddcihub.documents.layout.Element;
import vn.ddcihub.documents.layout.PageSetup;
import vn.ddcihub.documents.layout.TableStyle;
import vn.ddcihub.documents.layout.TextStyle;
import vn.ddcihub.shared.VietnameseFormat;

/** Draws layout elements with OpenPDF; every measure comes from the layout. */
final class PdfPainter {

	/** Height of the line a rule is drawn in, above the space the layout asks for. */
	private static final float RULE_LINE_PT = 7;

	private static final float RULE_OFFSET_PT = 2;

	private final Document document;

	private final PageSetup page;

	private final PdfWriter writer;

	private final PageNumbers numbers;

	private PdfPainter(Document document, PageSetup page, PdfWriter writer, PageNumbers numbers) {
		this.document = document;
		this.page = page;
		this.writer = writer;
		this.numbers = numbers;
	}

	static byte[] paint(PageSetup page, String title, List<Element> elements) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean landscape = !elements.isEmpty() && elements.get(0) instanceof Element.PageStart start
				&& start.landscape();
		Document document = new Document(a4(landscape), PageSetup.points(page.leftMm()),
				PageSetup.points(page.rightMm()), PageSetup.points(page.topMm()), PageSetup.points(page.bottomMm()));
		PdfWriter writer = PdfWriter.getInstance(document, out);
		PageNumbers numbers = new PageNumbers(page);
		writer.setPageEvent(numbers);
		writer.setStrictImageSequence(true);
		document.addTitle(title);
		document.addCreator("DDCI Hub");
		document.open();
		PdfPainter painter = new PdfPainter(document, page, writer, numbers);
		elements.forEach(painter::paint);
		painter.kept.forEach(text -> document.add(paragraph(text)));
		document.close();
		return out.toByteArray();
	}

	/**
	 * Lines kept with what follows them (headings, the title, the last paragraph before
	 * the signature): OpenPDF has no keep-with-next, so they are held back and placed
	 * with the next line, rule or grid in one borderless table that moves to the next
	 * page as a whole when it does not fit.
	 */
	private final List<Element.Text> kept = new ArrayList<>();

	private void paint(Element element) {
		if (element instanceof Element.Text text && text.keepWithNext()) {
			kept.add(text);
			return;
		}
		if (!kept.isEmpty()) {
			if (element instanceof Element.Text || element instanceof Element.Rule || element instanceof Element.Grid) {
				keptWith(element);
				return;
			}
			kept.forEach(text -> document.add(paragraph(text)));
			kept.clear();
		}
		if (element instanceof Element.Text text) {
			document.add(paragraph(text));
		}
		else if (element instanceof Element.Rule rule) {
			document.add(rule(rule));
		}
		else if (element instanceof Element.Grid grid) {
			grid(grid);
		}
		else if (element instanceof Element.Table table) {
			table(table);
		}
		else if (element instanceof Element.Picture picture) {
			picture(picture);
		}
		else if (element instanceof Element.PageStart start) {
			pageStart(start);
		}
		else if (element instanceof Element.Mark mark) {
			numbers.mark = mark;
		}
	}

	private static Paragraph paragraph(Element.Text text) {
		Font font = PdfFonts.font(text.style());
		Paragraph paragraph = new Paragraph(leading(text.style(), text.lineSpacing()), "", font);
		paragraph.setAlignment(alignment(text.align()));
		if (text.firstLineIndentMm() > 0) {
			paragraph.add(indent(font, PageSetup.points(text.firstLineIndentMm())));
		}
		paragraph.add(new Chunk(text.text(), font));
		paragraph.setSpacingBefore((float) text.spaceBeforePt());
		paragraph.setSpacingAfter((float) text.spaceAfterPt());
		return paragraph;
	}

	/**
	 * A first-line indent made of one stretched no-break space: OpenPDF ignores
	 * {@code setFirstLineIndent} on paragraphs that fit on one line.
	 */
	private static Chunk indent(Font font, float width) {
		Chunk space = new Chunk("\u00A0", font);
		float natural = font.getBaseFont().getWidthPoint("\u00A0", font.getSize());
		space.setHorizontalScaling(width / natural);
		return space;
	}

	private static Paragraph rule(Element.Rule rule) {
		Font font = PdfFonts.font(TextStyle.plain(4));
		Paragraph paragraph = new Paragraph(RULE_LINE_PT + (float) rule.spaceBeforePt(), "", font);
		Chunk line = new Chunk(new LineSeparator((float) rule.thicknessPt(), (float) (100 * rule.lengthFraction()),
				Color.BLACK, com.lowagie.text.Element.ALIGN_CENTER, RULE_OFFSET_PT));
		line.setFont(font);
		paragraph.add(line);
		paragraph.setSpacingAfter((float) rule.spaceAfterPt());
		return paragraph;
	}

	private void keptWith(Element next) {
		PdfPTable together = new PdfPTable(1);
		together.setWidthPercentage(100);
		together.setKeepTogether(true);
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		kept.forEach(text -> cell.addElement(paragraph(text)));
		kept.clear();
		if (next instanceof Element.Text text) {
			cell.addElement(paragraph(text));
		}
		else if (next instanceof Element.Rule rule) {
			cell.addElement(rule(rule));
		}
		else if (next instanceof Element.Grid grid) {
			if (grid.spaceBeforePt() > 0) {
				cell.addElement(new Paragraph((float) grid.spaceBeforePt(), "\u00A0",
						PdfFonts.font(TextStyle.plain(grid.spaceBeforePt()))));
			}
			cell.addElement(gridTable(grid));
		}
		together.addCell(cell);
		document.add(together);
	}

	private void grid(Element.Grid grid) {
		document.add(gridTable(grid));
	}

	private PdfPTable gridTable(Element.Grid grid) {
		PdfPTable table = new PdfPTable(floats(grid.fractions().stream().mapToDouble(Double::doubleValue).toArray()));
		double textWidth = page.textWidthMm(landscape());
		table.setWidthPercentage((float) (100 * (textWidth + 2 * grid.overhangMm()) / textWidth));
		table.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_CENTER);
		table.setSpacingBefore((float) grid.spaceBeforePt());
		table.setKeepTogether(grid.keepTogether());
		for (List<Element.Grid.Cell> row : grid.rows()) {
			for (Element.Grid.Cell content : row) {
				PdfPCell cell = new PdfPCell();
				cell.setBorder(Rectangle.NO_BORDER);
				cell.setPadding(0);
				cell.setPaddingTop((float) content.paddingTopPt());
				for (Element element : content.content()) {
					cell.addElement(
							element instanceof Element.Text text ? paragraph(text) : rule((Element.Rule) element));
				}
				table.addCell(cell);
			}
		}
		return table;
	}

	private void table(Element.Table element) {
		TableContent content = element.content();
		TableStyle style = element.style();
		if (!content.title().isBlank()) {
			document.add(paragraph(
					Element.Text.centred(content.title(), style.title()).spaceAfter(style.titleSpaceAfterPt())));
		}
		PdfPTable table = new PdfPTable(floats(content.columnFractions()));
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore((float) style.spaceBeforePt());
		table.setSpacingAfter((float) style.spaceAfterPt());
		Color shade = Color.decode("#" + style.headerShade());
		for (String header : content.headers()) {
			PdfPCell cell = cell(header, style.header(), Align.CENTRE, style);
			cell.setBackgroundColor(shade);
			table.addCell(cell);
		}
		for (int r = 0; r < content.rows().size(); r++) {
			String group = content.groupBefore(r);
			if (group != null) {
				PdfPCell heading = cell(group, style.header(), Align.LEFT, style);
				heading.setColspan(content.headers().size());
				table.addCell(heading);
			}
			for (Object value : content.rows().get(r)) {
				table.addCell(cell(VietnameseFormat.cell(value), style.cell(),
						value instanceof Number ? Align.RIGHT : Align.LEFT, style));
			}
		}
		document.add(table);
	}

	private static PdfPCell cell(String text, TextStyle textStyle, Align align, TableStyle style) {
		PdfPCell cell = new PdfPCell(
				new Phrase(leading(textStyle, style.lineSpacing()), text, PdfFonts.font(textStyle)));
		cell.setHorizontalAlignment(alignment(align));
		cell.setVerticalAlignment(com.lowagie.text.Element.ALIGN_MIDDLE);
		cell.setPadding((float) style.paddingPt());
		cell.setBorderWidth((float) style.borderPt());
		return cell;
	}

	private void picture(Element.Picture picture) {
		try {
			Image image = Image.getInstance(picture.image().png());
			float width = Math.min(PageSetup.points(picture.maxWidthMm()), document.right() - document.left());
			image.scaleToFit(width, (document.top() - document.bottom()) * (float) picture.maxHeightShare());
			image.setAlignment(Image.ALIGN_CENTER);
			document.add(image);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read chart image", e);
		}
		if (picture.caption() != null) {
			document.add(paragraph(picture.caption()));
		}
	}

	private void pageStart(Element.PageStart start) {
		if (landscape() == start.landscape() && !start.newPage()) {
			return;
		}
		document.setPageSize(a4(start.landscape()));
		document.newPage();
		if (start.ownNumbering()) {
			numbers.firstPage = writer.getPageNumber();
		}
	}

	private boolean landscape() {
		return document.getPageSize().getWidth() > document.getPageSize().getHeight();
	}

	private static Rectangle a4(boolean landscape) {
		return landscape ? PageSize.A4.rotate() : PageSize.A4;
	}

	/** Distance between baselines: the font's single line times the layout's spacing. */
	private static float leading(TextStyle style, double lineSpacing) {
		return (float) (style.size() * BundledFonts.SINGLE_LINE * lineSpacing);
	}

	private static int alignment(Align align) {
		return switch (align) {
			case LEFT -> com.lowagie.text.Element.ALIGN_LEFT;
			case CENTRE -> com.lowagie.text.Element.ALIGN_CENTER;
			case RIGHT -> com.lowagie.text.Element.ALIGN_RIGHT;
			case JUSTIFIED -> com.lowagie.text.Element.ALIGN_JUSTIFIED;
		};
	}

	private static float[] floats(double[] values) {
		float[] floats = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			floats[i] = (float) values[i];
		}
		return floats;
	}

	/**
	 * Page numbers centred at the top from the second page on, as the page setup says,
	 * counted from the first page of the current numbering (an annex numbers its pages on
	 * its own); and the mark, if any, at the top right of every page.
	 */
	private static final class PageNumbers extends PdfPageEventHelper {

		private final PageSetup page;

		int firstPage = 1;

		Element.Mark mark;

		PageNumbers(PageSetup page) {
			this.page = page;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			// The size of the page being ended, not of the next one (it may turn
			// landscape).
			Rectangle size = writer.getPageSize();
			float left = PageSetup.points(page.leftMm());
			float right = size.getWidth() - PageSetup.points(page.rightMm());
			if (mark != null) {
				Font font = PdfFonts.font(mark.style());
				ColumnText.showTextAligned(writer.getDirectContent(), com.lowagie.text.Element.ALIGN_RIGHT,
						new Phrase(mark.text(), font), right, top(size, font), 0);
			}
			int number = writer.getPageNumber() - firstPage + 1;
			if (!page.numbered() || number < 2) {
				return;
			}
			Font font = PdfFonts.font(page.pageNumber());
			ColumnText.showTextAligned(writer.getDirectContent(), com.lowagie.text.Element.ALIGN_CENTER,
					new Phrase(Integer.toString(number), font), left + (right - left) / 2, top(size, font), 0);
		}

		private float top(Rectangle size, Font font) {
			return size.getHeight() - PageSetup.points(page.headerDistanceMm())
					- font.getBaseFont().getFontDescriptor(BaseFont.ASCENT, font.getSize());
		}

	}

}
