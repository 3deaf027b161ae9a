package vn.ddcihub.documents.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.ddcihub.documents.layout.PageSetup;
import vn.ddcihub.documents.layout.TextStyle;

/**
 * Where content goes in a Word document: appended, or inserted before a placeholder
 * paragraph of a template. Also keeps the pages: a change of orientation ends a section
 * (its properties are the document's own, turned), a new page without a turn breaks the
 * page before the next paragraph, and page numbers sit in a header that the first page
 * skips.
 */
final class DocxFlow {

	private final XWPFDocument document;

	private final PageSetup page;

	private XmlCursor cursor;

	private boolean landscape;

	private boolean pageBreakPending;

	private int sectionsEnded;

	/** Whether the section being written numbers its pages on its own (an annex). */
	private boolean ownNumbering;

	private DocxFlow(XWPFDocument document, PageSetup page, XmlCursor cursor) {
		this.document = document;
		this.page = page;
		this.cursor = cursor;
	}

	/** A new document on the given pages, numbered from page 2 when the setup says so. */
	static DocxFlow generated(XWPFDocument document, PageSetup page) {
		CTSectPr section = bodySection(document);
		turn(section, false);
		margins(section, page);
		if (page.numbered()) {
			numberPages(document, page.pageNumber());
		}
		return new DocxFlow(document, page, null);
	}

	/**
	 * Writes into a template, which keeps its own pages: before {@code anchor}, or at the
	 * end when the anchor is null.
	 */
	static DocxFlow template(XWPFDocument template, XWPFParagraph anchor, PageSetup page) {
		CTBody body = template.getDocument().getBody();
		if (!body.isSetSectPr()) {
			turn(bodySection(template), false);
			margins(bodySection(template), page);
		}
		return new DocxFlow(template, page, anchor == null ? null : anchor.getCTP().newCursor());
	}

	/** From now on, appends at the end of the document. */
	void toEnd() {
		cursor = null;
	}

	double textWidthMm() {
		return page.textWidthMm(landscape);
	}

	double textHeightMm() {
		return page.textHeightMm(landscape);
	}

	XWPFParagraph paragraph() {
		XWPFParagraph paragraph;
		if (cursor == null) {
			paragraph = document.createParagraph();
		}
		else {
			paragraph = document.insertNewParagraph(cursor);
			cursor = paragraph.getCTP().newCursor();
			cursor.toNextSibling();
		}
		if (pageBreakPending) {
			paragraph.setPageBreak(true);
			pageBreakPending = false;
		}
		return paragraph;
	}

	XWPFTable table() {
		if (pageBreakPending) {
			// A table cannot carry the break itself: an empty line opens the new page.
			DocxPainter.spacer(paragraph(), 1);
		}
		if (cursor == null) {
			return document.createTable();
		}
		XWPFTable table = document.insertNewTbl(cursor);
		cursor = table.getCTTbl().newCursor();
		cursor.toNextSibling();
		return table;
	}

	/**
	 * Continues on pages of the wanted orientation; {@code newPage} starts one even
	 * without a turn.
	 */
	void pageStart(boolean wanted, boolean newPage, boolean numberedOnItsOwn) {
		if (wanted == landscape && !numberedOnItsOwn) {
			pageBreakPending = newPage && !document.getBodyElements().isEmpty();
			return;
		}
		pageBreakPending = false;
		if (cursor == null && document.getBodyElements().isEmpty()) {
			// Nothing written yet: the first section itself takes the orientation, no
			// blank page before it.
			landscape = wanted;
			return;
		}
		XWPFParagraph end = paragraph();
		CTPPr properties = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
		CTSectPr section = (CTSectPr) bodySection(document).copy();
		turn(section, landscape);
		numbering(section, sectionsEnded == 0);
		properties.setSectPr(section);
		sectionsEnded++;
		landscape = wanted;
		ownNumbering = numberedOnItsOwn;
	}

	/**
	 * The mark (e.g. "DỰ THẢO") at the top right of every page: a line of its own in each
	 * page header.
	 */
	void mark(vn.ddcihub.documents.layout.Element.Mark mark) {
		// Headers made in this run are known to the policy, not (yet) to getHeaderList().
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		if (policy == null || policy.getDefaultHeader() == null) {
			document.createHeader(HeaderFooterType.DEFAULT);
			policy = document.getHeaderFooterPolicy();
		}
		List<XWPFHeader> headers = java.util.stream.Stream
			.of(policy.getDefaultHeader(), policy.getFirstPageHeader(), policy.getEvenPageHeader())
			.filter(java.util.Objects::nonNull)
			.toList();
		for (XWPFHeader header : headers) {
			boolean marked = header.getParagraphs()
				.stream()
				.anyMatch(p -> p.getText().strip().equals(mark.text().strip()));
			if (!marked) {
				XWPFParagraph paragraph = header.getParagraphs().isEmpty()
						|| !header.getParagraphs().get(0).getText().isEmpty() ? header.createParagraph()
								: header.getParagraphs().get(0);
				paragraph.setAlignment(ParagraphAlignment.RIGHT);
				field(paragraph, mark.style()).setText(mark.text());
			}
		}
	}

	/**
	 * A section's page numbers: the first section and an annex skip their first page's
	 * number, an annex counts from 1 again; a section that merely turns the page goes on
	 * counting.
	 */
	private void numbering(CTSectPr section, boolean first) {
		if (ownNumbering) {
			if (!section.isSetTitlePg()) {
				section.addNewTitlePg();
			}
			(section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType()).setStart(BigInteger.ONE);
			return;
		}
		if (section.isSetPgNumType()) {
			section.unsetPgNumType();
		}
		if (!first && section.isSetTitlePg()) {
			section.unsetTitlePg();
		}
	}

	/**
	 * The last section takes the current orientation; only the first section skips its
	 * first page number.
	 */
	void finish() {
		CTSectPr body = bodySection(document);
		if (sectionsEnded > 0 || landscape) {
			turn(body, landscape);
		}
		if (sectionsEnded > 0) {
			numbering(body, false);
		}
	}

	private static CTSectPr bodySection(XWPFDocument document) {
		CTBody body = document.getDocument().getBody();
		return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
	}

	private static void turn(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		int shortSide = PageSetup.twips(PageSetup.A4_SHORT_MM);
		int longSide = PageSetup.twips(PageSetup.A4_LONG_MM);
		size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
		size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
	}

	private static void margins(CTSectPr section, PageSetup page) {
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(PageSetup.twips(page.topMm())));
		margins.setBottom(BigInteger.valueOf(PageSetup.twips(page.bottomMm())));
		margins.setLeft(BigInteger.valueOf(PageSetup.twips(page.leftMm())));
		margins.setRight(BigInteger.valueOf(PageSetup.twips(page.rightMm())));
		margins.setHeader(BigInteger.valueOf(PageSetup.twips(page.headerDistanceMm())));
		margins.setFooter(BigInteger.valueOf(PageSetup.twips(page.headerDistanceMm())));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * A PAGE field centred in the header of every page but the first (whose header stays
	 * empty).
	 */
	private static void numberPages(XWPFDocument document, TextStyle style) {
		XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = header.getParagraphs().isEmpty() ? header.createParagraph()
				: header.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		field(paragraph, style).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		field(paragraph, style).getCTR().addNewInstrText().setStringValue(" PAGE ");
		field(paragraph, style).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		field(paragraph, style).setText("2");
		field(paragraph, style).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		document.createHeader(HeaderFooterType.FIRST);
		CTSectPr section = bodySection(document);
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	private static XWPFRun field(XWPFParagraph paragraph, TextStyle style) {
		XWPFRun run = paragraph.createRun();
		DocxPainter.style(run, style);
		return run;
	}

}
