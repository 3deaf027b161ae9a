package vn.ddcihub.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Renders an {@link AdministrativeDocument} to PDF in the Decree 30/2020/NĐ-CP layout: A4,
 * margins 20/20/30/15 mm, embedded Liberation Serif (Times New Roman metrics) so Vietnamese
 * diacritics display everywhere; page numbers centred at the top from page 2; landscape pages
 * for landscape tables and annexes.
 */
public final class PdfRenderer {

    private static final float ISSUER_SIZE = 12;
    private static final float HEADER_SIZE = 13;

    /** Renders the whole document: header, title, body, recipients and signer, annexes. */
    public byte[] render(AdministrativeDocument content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = open(out, (content.kind() + " " + content.subtitle()).strip());
        header(document, content);
        title(document, content);
        for (String paragraph : content.preamble()) {
            PdfBlocks.write(document, Block.paragraph(paragraph));
        }
        PdfBlocks.write(document, content.body());
        PdfBlocks.orientation(document, false);
        closing(document, content);
        for (TableContent annex : content.annexes()) {
            newPageFor(document, annex);
            PdfBlocks.table(document, annex);
        }
        document.close();
        return out.toByteArray();
    }

    /** A document holding only tables (e.g. annexes exported alone), each on its own pages. */
    public byte[] renderTables(List<TableContent> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = open(out, tables.isEmpty() ? "" : tables.get(0).title());
        for (int i = 0; i < tables.size(); i++) {
            TableContent table = tables.get(i);
            if (i == 0) {
                PdfBlocks.orientation(document, table.landscape());
            } else {
                newPageFor(document, table);
            }
            PdfBlocks.table(document, table);
        }
        if (tables.isEmpty()) {
            document.add(new Paragraph(" ", PdfFonts.plain(PdfBlocks.BODY_SIZE)));
        }
        document.close();
        return out.toByteArray();
    }

    private static Document open(ByteArrayOutputStream out, String title) {
        Document document = new Document(PageSize.A4, PageLayout.points(PageLayout.MARGIN_LEFT_MM),
                PageLayout.points(PageLayout.MARGIN_RIGHT_MM), PageLayout.points(PageLayout.MARGIN_TOP_MM),
                PageLayout.points(PageLayout.MARGIN_BOTTOM_MM));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        writer.setStrictImageSequence(true);
        document.addTitle(title);
        document.addCreator("DDCI Hub");
        document.open();
        return document;
    }

    private static void newPageFor(Document document, TableContent table) {
        document.setPageSize(table.landscape() ? PageSize.A4.rotate() : PageSize.A4);
        document.newPage();
    }

    private static void header(Document document, AdministrativeDocument content) {
        PdfPTable table = new PdfPTable(new float[] {(float) PageLayout.HEADER_LEFT_FRACTION,
                (float) (1 - PageLayout.HEADER_LEFT_FRACTION)});
        double text = PageLayout.textWidthMm(false);
        table.setWidthPercentage((float) (100 * (text + 2 * PageLayout.HEADER_OVERHANG_MM) / text));
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell issuer = PdfBlocks.borderless();
        if (!content.issuerParent().isBlank()) {
            issuer.addElement(PdfBlocks.centred(content.issuerParent(), PdfFonts.plain(ISSUER_SIZE)));
        }
        issuer.addElement(PdfBlocks.centred(content.issuer(), PdfFonts.bold(ISSUER_SIZE)));
        issuer.addElement(PdfBlocks.shortRule(35));
        PdfPCell motto = PdfBlocks.borderless();
        motto.addElement(PdfBlocks.centred(PageLayout.MOTTO_NATION, PdfFonts.bold(ISSUER_SIZE)));
        motto.addElement(PdfBlocks.centred(PageLayout.MOTTO, PdfFonts.underlined(PdfFonts.bold(14))));
        PdfPCell number = PdfBlocks.borderless();
        number.setPaddingTop(6);
        number.addElement(PdfBlocks.centred(content.numberLine(), PdfFonts.plain(HEADER_SIZE)));
        PdfPCell date = PdfBlocks.borderless();
        date.setPaddingTop(6);
        date.addElement(PdfBlocks.centred(content.placeAndDateLine(), PdfFonts.italic(14)));
        table.addCell(issuer);
        table.addCell(motto);
        table.addCell(number);
        table.addCell(date);
        document.add(table);
    }

    private static void title(Document document, AdministrativeDocument content) {
        Paragraph kind = PdfBlocks.centred(content.kind(), PdfFonts.bold(14));
        kind.setSpacingBefore(18);
        document.add(kind);
        if (!content.subtitle().isBlank()) {
            document.add(PdfBlocks.centred(content.subtitle(), PdfFonts.bold(14)));
        }
        Paragraph rule = PdfBlocks.shortRule(25);
        rule.setSpacingAfter(12);
        document.add(rule);
    }

    private static void closing(Document document, AdministrativeDocument content) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell recipients = PdfBlocks.borderless();
        Paragraph label = new Paragraph(14, PageLayout.RECIPIENTS_LABEL, PdfFonts.boldItalic(12));
        recipients.addElement(label);
        for (String recipient : content.recipients()) {
            recipients.addElement(new Paragraph(13, PageLayout.recipientLine(recipient), PdfFonts.plain(11)));
        }
        PdfPCell signer = PdfBlocks.borderless();
        Signature signature = content.signature();
        if (signature.hasAuthority()) {
            signer.addElement(PdfBlocks.centred(signature.authority(), PdfFonts.bold(14)));
        }
        signer.addElement(PdfBlocks.centred(signature.title(), PdfFonts.bold(14)));
        Paragraph name = PdfBlocks.centred(signature.name(), PdfFonts.bold(14));
        name.setSpacingBefore(70);
        signer.addElement(name);
        table.addCell(recipients);
        table.addCell(signer);
        document.add(table);
    }

    /** Page numbers centred in the top margin, from the second page on (Decree 30). */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            float x = (document.left() + document.right()) / 2;
            float y = document.getPageSize().getHeight() - PageLayout.points(12);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(Integer.toString(page), PdfFonts.plain(13)), x, y, 0);
        }
    }
}
