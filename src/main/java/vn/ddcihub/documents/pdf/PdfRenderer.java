package vn.ddcihub.documents.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Report;
import vn.ddcihub.documents.layout.AdministrativeLayout;
import vn.ddcihub.documents.layout.Element;
import vn.ddcihub.documents.layout.ReportLayout;

/**
 * PDF output: an {@link AdministrativeDocument} in the Decree 30 layout, a {@link Report}
 * in the report layout. Liberation Serif (Times New Roman metrics) is embedded, so
 * Vietnamese diacritics display everywhere.
 */
public final class PdfRenderer {

	public byte[] render(AdministrativeDocument document) {
		return PdfPainter.paint(AdministrativeLayout.PAGE, (document.kind() + " " + document.subtitle()).strip(),
				AdministrativeLayout.document(document));
	}

	/**
	 * Several documents in one file (letters to print), each from a new page with its own
	 * page numbering.
	 */
	public byte[] render(List<AdministrativeDocument> documents) {
		List<Element> elements = new ArrayList<>();
		for (AdministrativeDocument document : documents) {
			if (!elements.isEmpty()) {
				elements.add(new Element.PageStart(false, true, true));
			}
			elements.addAll(AdministrativeLayout.document(document));
		}
		String title = documents.isEmpty() ? "" : (documents.get(0).kind() + " " + documents.get(0).subtitle()).strip();
		return PdfPainter.paint(AdministrativeLayout.PAGE, title, elements);
	}

	public byte[] render(Report report) {
		return PdfPainter.paint(ReportLayout.PAGE, report.title(), ReportLayout.document(report));
	}

}
