package vn.ddcihub.documents;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Paragraph and run helpers for Word output: Times New Roman everywhere. */
final class DocxText {

    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 14;
    static final int FIRST_LINE_INDENT = PageLayout.twips(12.7);

    /** Run styling: size in points plus bold / italic / underline. */
    record Style(int size, boolean bold, boolean italic, boolean underline) {
        static Style plain(int size) {
            return new Style(size, false, false, false);
        }

        static Style bold(int size) {
            return new Style(size, true, false, false);
        }

        static Style italic(int size) {
            return new Style(size, false, true, false);
        }

        static Style boldItalic(int size) {
            return new Style(size, true, true, false);
        }

        Style underlined() {
            return new Style(size, bold, italic, true);
        }
    }

    private DocxText() {
    }

    /** Adds a run; "\n" in the text becomes a line break. */
    static XWPFRun run(XWPFParagraph paragraph, String text, Style style) {
        XWPFRun run = paragraph.createRun();
        style(run, style);
        write(run, text);
        return run;
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

    static void style(XWPFRun run, Style style) {
        run.setFontFamily(FONT);
        run.setFontSize(style.size());
        run.setBold(style.bold());
        run.setItalic(style.italic());
        if (style.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    /** A centred paragraph without spacing, as used in the header and signature blocks. */
    static XWPFParagraph centred(XWPFParagraph paragraph, String text, Style style) {
        compact(paragraph, ParagraphAlignment.CENTER);
        run(paragraph, text, style);
        return paragraph;
    }

    /** A justified body paragraph with first-line indent and 6 pt after. */
    static XWPFParagraph body(XWPFParagraph paragraph, String text, Style style, int leftIndent) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        if (leftIndent > 0) {
            paragraph.setIndentationLeft(leftIndent);
        }
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(120);
        paragraph.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        run(paragraph, text, style);
        return paragraph;
    }

    static void compact(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /**
     * A short horizontal rule (đường kẻ ngang) centred under a line of text: an empty paragraph
     * whose bottom border is narrowed by equal indents.
     */
    static void shortRule(XWPFParagraph paragraph, int availableTwips, double lengthFraction) {
        compact(paragraph, ParagraphAlignment.CENTER);
        int indent = (int) Math.round(availableTwips * (1 - lengthFraction) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
        XWPFRun run = paragraph.createRun();
        style(run, Style.plain(2));
    }
}
