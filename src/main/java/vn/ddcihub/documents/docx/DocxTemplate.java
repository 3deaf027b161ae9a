package vn.ddcihub.documents.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import vn.ddcihub.documents.layout.Fields;

/**
 * Fills a Word template: {@code {{name}}} placeholders anywhere (body, tables, headers,
 * footers), even when Word has split them across several runs. The run holding the start
 * of a placeholder gives the replacement its formatting. A paragraph that held only a
 * placeholder whose value is blank is removed.
 */
final class DocxTemplate {

	private DocxTemplate() {
	}

	/** The top-level paragraph holding only {{noi_dung}}, or null. */
	static XWPFParagraph bodyAnchor(XWPFDocument document) {
		for (XWPFParagraph paragraph : document.getParagraphs()) {
			if (runText(paragraph).strip().equals(Fields.placeholder(Fields.BODY))) {
				return paragraph;
			}
		}
		return null;
	}

	static void fill(XWPFDocument document, Map<String, String> values) {
		fill((IBody) document, values);
		for (XWPFHeader header : document.getHeaderList()) {
			fill(header, values);
		}
		for (XWPFFooter footer : document.getFooterList()) {
			fill(footer, values);
		}
	}

	private static void fill(IBody body, Map<String, String> values) {
		for (IBodyElement element : new ArrayList<>(body.getBodyElements())) {
			if (element instanceof XWPFParagraph paragraph) {
				if (replace(paragraph, values)) {
					remove(body, paragraph);
				}
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						fill(cell, values);
					}
				}
			}
		}
	}

	private static void remove(IBody body, XWPFParagraph paragraph) {
		if (body instanceof XWPFDocument document) {
			document.removeBodyElement(document.getPosOfParagraph(paragraph));
		}
		else if (body instanceof XWPFTableCell cell && cell.getParagraphs().size() > 1) {
			cell.removeParagraph(cell.getParagraphs().indexOf(paragraph));
		}
	}

	/**
	 * Replaces the known placeholders of one paragraph.
	 * @return true when the paragraph held only placeholders and is now empty
	 */
	static boolean replace(XWPFParagraph paragraph, Map<String, String> values) {
		String original = runText(paragraph);
		if (!original.contains("{{")) {
			return false;
		}
		int from = 0;
		boolean replaced = false;
		while (true) {
			List<XWPFRun> runs = paragraph.getRuns();
			int[] starts = new int[runs.size()];
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < runs.size(); i++) {
				starts[i] = text.length();
				text.append(text(runs.get(i)));
			}
			int start = nextPlaceholder(text, from, values);
			if (start < 0) {
				break;
			}
			int end = text.indexOf("}}", start) + 2;
			String value = values.get(text.substring(start + 2, end - 2));
			int first = runAt(runs, starts, start);
			int last = runAt(runs, starts, end - 1);
			String before = text(runs.get(first)).substring(0, start - starts[first]);
			String after = text(runs.get(last)).substring(end - starts[last]);
			XWPFRun source = runs.get(first);
			XWPFRun replacement = paragraph.insertNewRun(first);
			if (source.getCTR().isSetRPr()) {
				replacement.getCTR().setRPr((CTRPr) source.getCTR().getRPr().copy());
			}
			DocxPainter.write(replacement, before + value + after);
			for (int i = last + 1; i > first; i--) {
				paragraph.removeRun(i);
			}
			from = start + value.length();
			replaced = true;
		}
		return replaced && runText(paragraph).isBlank();
	}

	private static int nextPlaceholder(CharSequence text, int from, Map<String, String> values) {
		String all = text.toString();
		int start = all.indexOf("{{", from);
		while (start >= 0) {
			int end = all.indexOf("}}", start);
			if (end < 0) {
				return -1;
			}
			if (values.containsKey(all.substring(start + 2, end))) {
				return start;
			}
			start = all.indexOf("{{", start + 2);
		}
		return -1;
	}

	private static int runAt(List<XWPFRun> runs, int[] starts, int index) {
		for (int i = runs.size() - 1; i >= 0; i--) {
			if (starts[i] <= index && index < starts[i] + text(runs.get(i)).length()) {
				return i;
			}
		}
		throw new IllegalStateException("no run at " + index);
	}

	static String runText(XWPFParagraph paragraph) {
		StringBuilder text = new StringBuilder();
		for (XWPFRun run : paragraph.getRuns()) {
			text.append(text(run));
		}
		return text.toString();
	}

	private static String text(XWPFRun run) {
		String text = run.text();
		return text == null ? "" : text;
	}

}
