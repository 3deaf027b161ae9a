package vn.ddcihub.documents;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.ddcihub.documents.DocxText.Style;

/**
 * The fixed parts of the Decree 30 layout in Word, written from plain strings so that the same
 * code produces both documents and the starter template (where the strings are placeholders).
 */
final class DocxLayout {

    /** Strings of the fixed parts; multi-line values use "\n". */
    record Parts(String issuerParent, String issuer, String numberLine, String placeAndDate, String kind,
                 String subtitle, String recipients, String authority, String signerTitle, String signerName) {
    }

    private static final int ISSUER_SIZE = 12;
    private static final int HEADER_SIZE = 13;

    private DocxLayout() {
    }

    static Parts parts(AdministrativeDocument document) {
        StringBuilder recipients = new StringBuilder();
        for (String recipient : document.recipients()) {
            if (!recipients.isEmpty()) {
                recipients.append('\n');
            }
            recipients.append(PageLayout.recipientLine(recipient));
        }
        Signature signature = document.signature();
        return new Parts(document.issuerParent(), document.issuer(), document.numberLine(),
                document.placeAndDateLine(), document.kind(), document.subtitle(), recipients.toString(),
                signature.hasAuthority() ? signature.authority() : "", signature.title(), signature.name());
    }

    /** Issuer block (left) and national motto block (right), then the place-and-date line. */
    static void header(DocxFlow flow, Parts parts) {
        int width = DocxTables.textWidthTwips(false) + 2 * PageLayout.twips(PageLayout.HEADER_OVERHANG_MM);
        double[] fractions = {PageLayout.HEADER_LEFT_FRACTION, 1 - PageLayout.HEADER_LEFT_FRACTION};
        XWPFTable table = flow.table();
        DocxTables.shape(table, 2, fractions, width);
        DocxTables.borders(table, false);
        CTTblWidth indent = table.getCTTbl().getTblPr().isSetTblInd() ? table.getCTTbl().getTblPr().getTblInd()
                : table.getCTTbl().getTblPr().addNewTblInd();
        indent.setType(STTblWidth.DXA);
        indent.setW(BigInteger.valueOf(-PageLayout.twips(PageLayout.HEADER_OVERHANG_MM)));
        int leftWidth = (int) Math.round(width * fractions[0]);

        XWPFTableCell issuer = top(table.getRow(0).getCell(0));
        XWPFParagraph first = issuer.getParagraphs().get(0);
        if (parts.issuerParent().isBlank()) {
            DocxText.centred(first, parts.issuer(), Style.bold(ISSUER_SIZE));
        } else {
            DocxText.centred(first, parts.issuerParent(), Style.plain(ISSUER_SIZE));
            DocxText.centred(issuer.addParagraph(), parts.issuer(), Style.bold(ISSUER_SIZE));
        }
        DocxText.shortRule(issuer.addParagraph(), leftWidth, 0.35);

        XWPFTableCell motto = top(table.getRow(0).getCell(1));
        DocxText.centred(motto.getParagraphs().get(0), PageLayout.MOTTO_NATION, Style.bold(ISSUER_SIZE));
        DocxText.centred(motto.addParagraph(), PageLayout.MOTTO, Style.bold(14).underlined());

        XWPFParagraph number = top(table.getRow(1).getCell(0)).getParagraphs().get(0);
        DocxText.centred(number, parts.numberLine(), Style.plain(HEADER_SIZE));
        number.setSpacingBefore(120);
        XWPFParagraph date = top(table.getRow(1).getCell(1)).getParagraphs().get(0);
        DocxText.centred(date, parts.placeAndDate(), Style.italic(14));
        date.setSpacingBefore(120);
    }

    /** Document kind and summary, centred and bold, with a short rule under them. */
    static void title(DocxFlow flow, Parts parts) {
        XWPFParagraph kind = flow.paragraph();
        DocxText.centred(kind, parts.kind(), Style.bold(14));
        kind.setSpacingBefore(360);
        kind.setKeepNext(true);
        if (!parts.subtitle().isBlank()) {
            XWPFParagraph subtitle = flow.paragraph();
            DocxText.centred(subtitle, parts.subtitle(), Style.bold(14));
            subtitle.setKeepNext(true);
        }
        XWPFParagraph rule = flow.paragraph();
        DocxText.shortRule(rule, DocxTables.textWidthTwips(false), 0.25);
        rule.setSpacingAfter(240);
    }

    /** Recipients (bottom left) and signer block (bottom right) in a borderless table. */
    static void closing(DocxFlow flow, Parts parts) {
        DocxText.compact(flow.paragraph(), ParagraphAlignment.LEFT);
        XWPFTable table = flow.table();
        double[] fractions = {0.5, 0.5};
        DocxTables.shape(table, 1, fractions, DocxTables.textWidthTwips(false));
        DocxTables.borders(table, false);
        table.getRow(0).setCantSplitRow(true);

        XWPFTableCell left = top(table.getRow(0).getCell(0));
        XWPFParagraph label = left.getParagraphs().get(0);
        DocxText.compact(label, ParagraphAlignment.LEFT);
        DocxText.run(label, PageLayout.RECIPIENTS_LABEL, Style.boldItalic(12));
        if (!parts.recipients().isBlank()) {
            XWPFParagraph list = left.addParagraph();
            DocxText.compact(list, ParagraphAlignment.LEFT);
            DocxText.run(list, parts.recipients(), Style.plain(11));
        }

        XWPFTableCell right = top(table.getRow(0).getCell(1));
        XWPFParagraph first = right.getParagraphs().get(0);
        if (parts.authority().isBlank()) {
            DocxText.centred(first, parts.signerTitle(), Style.bold(14));
        } else {
            DocxText.centred(first, parts.authority(), Style.bold(14));
            DocxText.centred(right.addParagraph(), parts.signerTitle(), Style.bold(14));
        }
        XWPFParagraph space = right.addParagraph();
        DocxText.centred(space, "\n\n\n", Style.plain(14));
        DocxText.centred(right.addParagraph(), parts.signerName(), Style.bold(14));
    }

    private static XWPFTableCell top(XWPFTableCell cell) {
        cell.setVerticalAlignment(XWPFVertAlign.TOP);
        return cell;
    }
}
