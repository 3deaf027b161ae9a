package vn.ddcihub.documents.layout;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.documents.Report;

/**
 * The layout of reports (the index league table and unit profile): landscape A4 with
 * narrow margins, a centred title, an optional highlighted note (e.g. "illustrative
 * data"), then tables and charts across the full width in compact type. Not an
 * administrative document, so no Decree 30 header, signature or page numbers.
 */
public final class ReportLayout {

	public static final PageSetup PAGE = new PageSetup(10.6, 10.6, 14.1, 10.6, 0, null);

	static final double LINE_SPACING = 1.3;
	static final TextStyle TITLE_STYLE = TextStyle.bold(15);
	static final TextStyle NOTE_STYLE = TextStyle.italic(11).coloured("B03A2E");
	static final TableStyle TABLE = new TableStyle(TextStyle.bold(12), TextStyle.bold(9), TextStyle.plain(9), "E8EEF7",
			2, 0.5, LINE_SPACING, 6, 8, 0);

	static final BlockLayout BODY = new BlockLayout(PAGE, TextStyle.plain(11), LINE_SPACING, 0, 5, 4, 6, TABLE,
			PAGE.textWidthMm(true), TextStyle.italic(11));

	private ReportLayout() {
	}

	public static List<Element> document(Report report) {
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.PageStart(true, false));
		elements.add(line(report.title(), TITLE_STYLE));
		if (!report.note().isBlank()) {
			elements.add(line(report.note(), NOTE_STYLE));
		}
		elements.addAll(BODY.elements(report.blocks(), true));
		return elements;
	}

	private static Element.Text line(String text, TextStyle style) {
		return new Element.Text(text, style, Align.CENTRE, 0, 0, 0, LINE_SPACING, true);
	}

}
