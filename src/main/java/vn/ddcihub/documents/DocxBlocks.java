package vn.ddcihub.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import vn.ddcihub.documents.DocxText.Style;

/** Writes body blocks (headings, paragraphs, bullets, tables, charts) into a {@link DocxFlow}. */
final class DocxBlocks {

    private static final int TABLE_SIZE = 12;
    private static final double MAX_CHART_WIDTH_MM = 150;

    private DocxBlocks() {
    }

    static void write(DocxFlow flow, List<Block> blocks) {
        for (Block block : blocks) {
            write(flow, block);
        }
    }

    static void write(DocxFlow flow, Block block) {
        if (block instanceof Block.Heading heading) {
            Style style = heading.level() == 3 ? Style.boldItalic(DocxText.BODY_SIZE) : Style.bold(DocxText.BODY_SIZE);
            XWPFParagraph paragraph = DocxText.body(flow.paragraph(), heading.text(), style, 0);
            paragraph.setKeepNext(true);
            if (heading.level() == 1) {
                paragraph.setSpacingBefore(120);
            }
        } else if (block instanceof Block.Paragraph paragraph) {
            DocxText.body(flow.paragraph(), paragraph.text(), Style.plain(DocxText.BODY_SIZE), 0);
        } else if (block instanceof Block.Bullet bullet) {
            XWPFParagraph paragraph = DocxText.body(flow.paragraph(), bullet.marker() + " " + bullet.text(),
                    Style.plain(DocxText.BODY_SIZE), 0);
            if (bullet.marker() == '+') {
                paragraph.setFirstLineIndent(DocxText.FIRST_LINE_INDENT
                        + PageLayout.twips(PageLayout.SECOND_LEVEL_INDENT_MM));
            }
        } else if (block instanceof Block.Table table) {
            table(flow, table.content());
        } else if (block instanceof Block.Chart chart) {
            chart(flow, chart.image());
        }
    }

    /** A body table; a landscape one gets its own landscape pages, then portrait resumes. */
    static void table(DocxFlow flow, TableContent content) {
        boolean wasLandscape = flow.landscape();
        flow.orientation(content.landscape());
        tableWithTitle(flow, content, false);
        flow.orientation(wasLandscape);
    }

    /** An annex table (phụ lục) on new pages; the orientation is left as the annex needs it. */
    static void annex(DocxFlow flow, TableContent content, boolean newPage) {
        boolean switched = flow.landscape() != content.landscape();
        flow.orientation(content.landscape());
        tableWithTitle(flow, content, newPage && !switched);
    }

    private static void tableWithTitle(DocxFlow flow, TableContent content, boolean pageBreakBefore) {
        if (!content.title().isBlank() || pageBreakBefore) {
            XWPFParagraph title = flow.paragraph();
            DocxText.centred(title, content.title(), Style.bold(DocxText.BODY_SIZE));
            title.setSpacingAfter(120);
            title.setKeepNext(true);
            title.setPageBreak(pageBreakBefore);
        }
        XWPFTable table = flow.table();
        DocxTables.shape(table, content.rows().size() + 1, content.columnFractions(),
                DocxTables.textWidthTwips(content.landscape()));
        DocxTables.borders(table, true);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < content.headers().size(); c++) {
            cell(header.getCell(c), content.headers().get(c), Style.bold(TABLE_SIZE), ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < content.rows().size(); r++) {
            List<Object> values = content.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                ParagraphAlignment alignment = value instanceof Number ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT;
                cell(row.getCell(c), VietnameseFormat.cell(value), Style.plain(TABLE_SIZE), alignment);
            }
        }
        DocxText.compact(flow.paragraph(), ParagraphAlignment.LEFT);
    }

    private static void cell(XWPFTableCell cell, String text, Style style, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        DocxText.compact(paragraph, alignment);
        DocxText.run(paragraph, text, style);
    }

    static void chart(DocxFlow flow, ChartImage image) {
        byte[] png = image.png();
        BufferedImage decoded = decode(png);
        double widthMm = Math.min(MAX_CHART_WIDTH_MM, PageLayout.textWidthMm(flow.landscape()));
        double widthPt = PageLayout.points(widthMm);
        double heightPt = widthPt * decoded.getHeight() / decoded.getWidth();
        XWPFParagraph paragraph = flow.paragraph();
        DocxText.compact(paragraph, ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot embed chart image", e);
        }
        if (!image.caption().isBlank()) {
            XWPFParagraph caption = flow.paragraph();
            DocxText.centred(caption, image.caption(), Style.italic(13));
            caption.setSpacingAfter(120);
        }
    }

    private static BufferedImage decode(byte[] png) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            if (decoded == null) {
                throw new IllegalArgumentException("chart image is not a readable PNG");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
