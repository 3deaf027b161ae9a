package vn.ddcihub.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Paragraphs, tables and images of a PDF document in the Decree 30 layout. */
final class PdfBlocks {

    static final float BODY_SIZE = 14;
    private static final float TABLE_SIZE = 12;
    private static final float FIRST_LINE_INDENT = PageLayout.points(12.7);

    private PdfBlocks() {
    }

    static void write(Document document, List<Block> blocks) {
        for (Block block : blocks) {
            write(document, block);
        }
    }

    static void write(Document document, Block block) {
        if (block instanceof Block.Heading heading) {
            Font font = heading.level() == 3 ? PdfFonts.boldItalic(BODY_SIZE) : PdfFonts.bold(BODY_SIZE);
            Paragraph paragraph = body(heading.text(), font, 0);
            if (heading.level() == 1) {
                paragraph.setSpacingBefore(6);
            }
            add(document, paragraph);
        } else if (block instanceof Block.Paragraph paragraph) {
            add(document, body(paragraph.text(), PdfFonts.plain(BODY_SIZE), 0));
        } else if (block instanceof Block.Bullet bullet) {
            float extra = bullet.marker() == '+' ? PageLayout.points(PageLayout.SECOND_LEVEL_INDENT_MM) : 0;
            add(document, body(bullet.marker() + " " + bullet.text(), PdfFonts.plain(BODY_SIZE), extra));
        } else if (block instanceof Block.Table table) {
            boolean wasLandscape = isLandscape(document);
            orientation(document, table.content().landscape());
            table(document, table.content());
            orientation(document, wasLandscape);
        } else if (block instanceof Block.Chart chart) {
            chart(document, chart.image());
        }
    }

    static Paragraph body(String text, Font font, float extraFirstLineIndent) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.25f, "", font);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.add(indent(font, FIRST_LINE_INDENT + extraFirstLineIndent));
        paragraph.add(new Chunk(text, font));
        paragraph.setSpacingAfter(6);
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

    static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.2f, text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** A short centred horizontal rule taking {@code percent} of the available width. */
    static Paragraph shortRule(float percent) {
        Font font = PdfFonts.plain(4);
        Paragraph paragraph = new Paragraph(10, "", font);
        Chunk rule = new Chunk(new LineSeparator(0.6f, percent, Color.BLACK, Element.ALIGN_CENTER, 2));
        rule.setFont(font);
        paragraph.add(rule);
        return paragraph;
    }

    static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static void table(Document document, TableContent content) {
        if (!content.title().isBlank()) {
            Paragraph title = centred(content.title(), PdfFonts.bold(BODY_SIZE));
            title.setSpacingAfter(6);
            add(document, title);
        }
        double[] fractions = content.columnFractions();
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = (float) fractions[i];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        for (String header : content.headers()) {
            PdfPCell cell = cell(header, PdfFonts.bold(TABLE_SIZE), Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            table.addCell(cell);
        }
        for (List<Object> row : content.rows()) {
            for (Object value : row) {
                int alignment = value instanceof Number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
                table.addCell(cell(VietnameseFormat.cell(value), PdfFonts.plain(TABLE_SIZE), alignment));
            }
        }
        add(document, table);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(font.getSize() * 1.2f, text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    static void chart(Document document, ChartImage chart) {
        try {
            Image image = Image.getInstance(chart.png());
            float width = Math.min(PageLayout.points(150), document.right() - document.left());
            image.scaleToFit(width, (document.top() - document.bottom()) * 0.7f);
            image.setAlignment(Image.ALIGN_CENTER);
            add(document, image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart image", e);
        }
        if (!chart.caption().isBlank()) {
            Paragraph caption = centred(chart.caption(), PdfFonts.italic(13));
            caption.setSpacingAfter(6);
            add(document, caption);
        }
    }

    static boolean isLandscape(Document document) {
        return document.getPageSize().getWidth() > document.getPageSize().getHeight();
    }

    /** Continues on a new page of the wanted orientation (no-op when already so). */
    static void orientation(Document document, boolean landscape) {
        if (isLandscape(document) == landscape) {
            return;
        }
        document.setPageSize(landscape ? PageSize.A4.rotate() : PageSize.A4);
        document.newPage();
    }

    static void add(Document document, Element element) {
        document.add(element);
    }
}
