package vn.ddcihub.documents.pdf;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Report;
import vn.ddcihub.documents.layout.AdministrativeLayout;
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

	public byte[] render(Report report) {
		return PdfPainter.paint(ReportLayout.PAGE, report.title(), ReportLayout.document(report));
	}

}
