package vn.ddcihub.documents;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Where body content goes: appended to the document, or inserted before a placeholder paragraph
 * of a template. Also tracks page orientation: switching inserts a section break whose
 * properties (A4, Decree 30 margins) describe the section that ends there.
 */
final class DocxFlow {

    private final XWPFDocument document;
    private XmlCursor cursor;
    private boolean landscape;

    private DocxFlow(XWPFDocument document, XmlCursor cursor) {
        this.document = document;
        this.cursor = cursor;
    }

    static DocxFlow append(XWPFDocument document) {
        return new DocxFlow(document, null);
    }

    /** Inserts before {@code anchor}; the anchor stays after everything written. */
    static DocxFlow before(XWPFDocument document, XWPFParagraph anchor) {
        return new DocxFlow(document, anchor.getCTP().newCursor());
    }

    XWPFDocument document() {
        return document;
    }

    boolean landscape() {
        return landscape;
    }

    XWPFParagraph paragraph() {
        if (cursor == null) {
            return document.createParagraph();
        }
        XWPFParagraph paragraph = document.insertNewParagraph(cursor);
        cursor = paragraph.getCTP().newCursor();
        cursor.toNextSibling();
        return paragraph;
    }

    XWPFTable table() {
        if (cursor == null) {
            return document.createTable();
        }
        XWPFTable table = document.insertNewTbl(cursor);
        cursor = table.getCTTbl().newCursor();
        cursor.toNextSibling();
        return table;
    }

    /** Starts landscape or portrait pages from here on (no-op when already so). */
    void orientation(boolean wanted) {
        if (wanted == landscape) {
            return;
        }
        if (cursor == null && document.getBodyElements().isEmpty()) {
            // Nothing written yet: the first section itself takes the orientation, no blank page before it.
            landscape = wanted;
            return;
        }
        XWPFParagraph end = paragraph();
        CTPPr properties = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
        applyPage(properties.addNewSectPr(), landscape);
        landscape = wanted;
    }

    /** Sets the final section of the document (A4, margins) to the current orientation. */
    void finish() {
        CTBody body = document.getDocument().getBody();
        applyPage(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), landscape);
    }

    /** Keeps what the template says about the final section except its orientation. */
    void finishKeepingTemplatePage() {
        CTBody body = document.getDocument().getBody();
        if (!body.isSetSectPr()) {
            finish();
            return;
        }
        if (landscape) {
            applyPage(body.getSectPr(), true);
        }
    }

    static void applyPage(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        int shortSide = PageLayout.twips(PageLayout.A4_SHORT_MM);
        int longSide = PageLayout.twips(PageLayout.A4_LONG_MM);
        size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
        size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(PageLayout.twips(PageLayout.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(PageLayout.twips(PageLayout.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(PageLayout.twips(PageLayout.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(PageLayout.twips(PageLayout.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(PageLayout.twips(10)));
        margins.setFooter(BigInteger.valueOf(PageLayout.twips(10)));
        margins.setGutter(BigInteger.ZERO);
    }
}
