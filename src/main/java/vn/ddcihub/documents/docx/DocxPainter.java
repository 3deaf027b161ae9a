package vn.ddcihub.documents.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.ddcihub.documents.TableContent;
import vn.ddcihub.documents.layout.Align;
import vn.ddcihub.documents.layout.BundledFonts;
import vn.ddcihub.documents.layout.Element;
import vn.ddcihub.documents.layout.PageSetup;
import vn.ddcihub.documents.layout.TableStyle;
import vn.ddcihub.documents.layout.TextStyle;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Draws layout elements into a Word document with Apache POI; every measure comes from
 * the layout.
 */
final class DocxPainter {

	/** Height of the empty line a rule is the bottom border of. */
	private static final double RULE_LINE_PT = 2;

	private final DocxFlow flow;

	DocxPainter(DocxFlow flow) {
		this.flow = flow;
	}

	void paint(List<Element> elements) {
		elements.forEach(this::paint);
	}

	private void paint(Element element) {
		if (element instanceof Element.Text text) {
			text(flow.paragraph(), text);
		}
		else if (element instanceof Element.Rule rule) {
			rule(flow.paragraph(), rule, PageSetup.twips(flow.textWidthMm()));
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
			flow.pageStart(start.landscape(), start.newPage() || start.ownNumbering(), start.ownNumbering());
		}
		else if (element instanceof Element.Mark mark) {
			flow.mark(mark);
		}
	}

	static XWPFParagraph text(XWPFParagraph paragraph, Element.Text text) {
		paragraph.setAlignment(alignment(text.align()));
		if (text.firstLineIndentMm() > 0) {
			paragraph.setFirstLineIndent(PageSetup.twips(text.firstLineIndentMm()));
		}
		paragraph.setSpacingBefore(twentieths(text.spaceBeforePt()));
		paragraph.setSpacingAfter(twentieths(text.spaceAfterPt()));
		paragraph.setSpacingBetween(text.lineSpacing(), LineSpacingRule.AUTO);
		if (text.keepWithNext()) {
			paragraph.setKeepNext(true);
		}
		XWPFRun run = paragraph.createRun();
		style(run, text.style());
		write(run, text.text());
		return paragraph;
	}

	/** Writes text into an empty run; "\n" becomes a line break. */
	static void write(XWPFRun run, String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	static void style(XWPFRun run, TextStyle style) {
		run.setFontFamily(BundledFonts.FAMILY);
		run.setFontSize(style.size());
		run.setBold(style.bold());
		run.setItalic(style.italic());
		if (style.underline()) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		if (style.colour() != null) {
			run.setColor(style.colour());
		}
	}

	/** An empty line of the given height, e.g. the space after a table. */
	static void spacer(XWPFParagraph paragraph, double heightPt) {
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(Math.max(1, heightPt), LineSpacingRule.EXACT);
	}

	/**
	 * A short rule centred under the line above: an empty line whose bottom border is
	 * narrowed by equal indents.
	 */
	private static void rule(XWPFParagraph paragraph, Element.Rule rule, int availableTwips) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		int indent = (int) Math.round(availableTwips * (1 - rule.lengthFraction()) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(Math.round(rule.thicknessPt() * 8)));
		paragraph.setSpacingBefore(twentieths(rule.spaceBeforePt()));
		paragraph.setSpacingAfter(twentieths(rule.spaceAfterPt()));
		paragraph.setSpacingBetween(RULE_LINE_PT, LineSpacingRule.EXACT);
		style(paragraph.createRun(), TextStyle.plain(RULE_LINE_PT));
	}

	private void grid(Element.Grid grid) {
		if (grid.spaceBeforePt() > 0) {
			XWPFParagraph space = flow.paragraph();
			spacer(space, grid.spaceBeforePt());
			// The line kept with the grid stays kept with it across the space.
			space.setKeepNext(grid.keepTogether());
		}
		XWPFTable table = flow.table();
		double[] fractions = grid.fractions().stream().mapToDouble(Double::doubleValue).toArray();
		int width = PageSetup.twips(flow.textWidthMm() + 2 * grid.overhangMm());
		shape(table, grid.rows().size(), fractions, width);
		borders(table, XWPFBorderType.NONE, 0);
		if (grid.overhangMm() > 0) {
			CTTblPr properties = table.getCTTbl().getTblPr();
			CTTblWidth indent = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
			indent.setType(STTblWidth.DXA);
			indent.setW(BigInteger.valueOf(-PageSetup.twips(grid.overhangMm())));
		}
		for (int r = 0; r < grid.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r);
			if (grid.keepTogether()) {
				row.setCantSplitRow(true);
			}
			for (int c = 0; c < fractions.length; c++) {
				cell(row.getCell(c), grid.rows().get(r).get(c), (int) Math.round(width * fractions[c]));
			}
		}
	}

	private static void cell(XWPFTableCell cell, Element.Grid.Cell content, int widthTwips) {
		cell.setVerticalAlignment(XWPFVertAlign.TOP);
		for (int i = 0; i < content.content().size(); i++) {
			XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
			Element element = content.content().get(i);
			if (element instanceof Element.Text text) {
				text(paragraph, i == 0 ? text.spaceBefore(text.spaceBeforePt() + content.paddingTopPt()) : text);
			}
			else {
				rule(paragraph, (Element.Rule) element, widthTwips);
			}
		}
	}

	private void table(Element.Table element) {
		TableContent content = element.content();
		TableStyle style = element.style();
		if (!content.title().isBlank()) {
			text(flow.paragraph(),
					Element.Text.centred(content.title(), style.title())
						.spaceAfter(style.titleSpaceAfterPt())
						.keptWithNext());
		}
		if (style.spaceBeforePt() > 0) {
			spacer(flow.paragraph(), style.spaceBeforePt());
		}
		XWPFTable table = flow.table();
		int groups = (int) java.util.stream.IntStream.range(0, content.rows().size())
			.filter(r -> content.groupBefore(r) != null)
			.count();
		shape(table, content.rows().size() + groups + 1, content.columnFractions(),
				PageSetup.twips(flow.textWidthMm()));
		borders(table, XWPFBorderType.SINGLE, (int) Math.round(style.borderPt() * 8));
		int padding = twentieths(style.paddingPt());
		table.setCellMargins(padding, padding, padding, padding);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < content.headers().size(); c++) {
			XWPFTableCell cell = header.getCell(c);
			cell.setColor(style.headerShade());
			tableCell(cell, content.headers().get(c), style.header(), Align.CENTRE, style);
		}
		int next = 1;
		for (int r = 0; r < content.rows().size(); r++) {
			String group = content.groupBefore(r);
			if (group != null) {
				groupRow(table.getRow(next++), group, style);
			}
			List<Object> values = content.rows().get(r);
			XWPFTableRow row = table.getRow(next++);
			row.setCantSplitRow(true);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				tableCell(row.getCell(c), VietnameseFormat.cell(value), style.cell(),
						value instanceof Number ? Align.RIGHT : Align.LEFT, style);
			}
		}
		spacer(flow.paragraph(), style.spaceAfterPt());
	}

	/**
	 * A heading across the whole row: the first cell spans every column, the others go.
	 */
	private static void groupRow(XWPFTableRow row, String heading, TableStyle style) {
		row.setCantSplitRow(true);
		int columns = row.getTableCells().size();
		int width = 0;
		for (XWPFTableCell cell : row.getTableCells()) {
			width += Integer.parseInt(cell.getCTTc().getTcPr().getTcW().getW().toString());
		}
		for (int c = columns - 1; c > 0; c--) {
			row.removeCell(c);
		}
		XWPFTableCell cell = row.getCell(0);
		cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
		cell.setWidth(Integer.toString(width));
		tableCell(cell, heading, style.header(), Align.LEFT, style);
	}

	private static void tableCell(XWPFTableCell cell, String value, TextStyle textStyle, Align align,
			TableStyle style) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		text(paragraph, new Element.Text(value, textStyle, align, 0, 0, 0, style.lineSpacing(), false));
	}

	private void picture(Element.Picture picture) {
		byte[] png = picture.image().png();
		BufferedImage decoded = decode(png);
		double widthMm = Math.min(picture.maxWidthMm(), flow.textWidthMm());
		double heightMm = widthMm * decoded.getHeight() / decoded.getWidth();
		double maxHeightMm = flow.textHeightMm() * picture.maxHeightShare();
		if (heightMm > maxHeightMm) {
			widthMm *= maxHeightMm / heightMm;
			heightMm = maxHeightMm;
		}
		XWPFParagraph paragraph = flow.paragraph();
		text(paragraph, Element.Text.centred("", TextStyle.plain(1)));
		paragraph.setKeepNext(picture.caption() != null);
		try {
			paragraph.getRuns()
				.get(0)
				.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png",
						Units.toEMU(PageSetup.points(widthMm)), Units.toEMU(PageSetup.points(heightMm)));
		}
		catch (IOException | InvalidFormatException e) {
			throw new IllegalStateException("cannot embed chart image", e);
		}
		if (picture.caption() != null) {
			text(flow.paragraph(), picture.caption());
		}
	}

	private static BufferedImage decode(byte[] png) {
		try {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
			if (decoded == null) {
				throw new IllegalArgumentException("chart image is not a readable PNG");
			}
			return decoded;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Gives a freshly created table exactly {@code rows} × {@code columns} cells with
	 * fixed widths.
	 */
	private static void shape(XWPFTable table, int rows, double[] fractions, int widthTwips) {
		int columns = fractions.length;
		while (table.getNumberOfRows() < rows) {
			table.createRow();
		}
		int[] widths = new int[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = (int) Math.round(widthTwips * fractions[c]);
		}
		for (XWPFTableRow row : table.getRows()) {
			while (row.getTableCells().size() < columns) {
				row.addNewTableCell();
			}
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidthType(TableWidthType.DXA);
				cell.setWidth(Integer.toString(widths[c]));
			}
		}
		CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
				: table.getCTTbl().getTblPr();
		if (!properties.isSetTblW()) {
			properties.addNewTblW();
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(widthTwips));
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	private static void borders(XWPFTable table, XWPFBorderType type, int eighthsOfPoint) {
		String colour = type == XWPFBorderType.NONE ? "auto" : "000000";
		table.setTopBorder(type, eighthsOfPoint, 0, colour);
		table.setBottomBorder(type, eighthsOfPoint, 0, colour);
		table.setLeftBorder(type, eighthsOfPoint, 0, colour);
		table.setRightBorder(type, eighthsOfPoint, 0, colour);
		table.setInsideHBorder(type, eighthsOfPoint, 0, colour);
		table.setInsideVBorder(type, eighthsOfPoint, 0, colour);
	}

	private static ParagraphAlignment alignment(Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTRE -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
			case JUSTIFIED -> ParagraphAlignment.BOTH;
		};
	}

	private static int twentieths(double points) {
		return (int) Math.round(points * 20);
	}

}
