package vn.ddcihub.documents;

import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.ddcihub.documents.chart.ChartRenderer;
import vn.ddcihub.documents.docx.DocxRenderer;
import vn.ddcihub.documents.pdf.PdfRenderer;
import vn.ddcihub.documents.xlsx.XlsxRenderer;

/**
 * The one entry point features use to turn content into Word, PDF, Excel and chart bytes:
 * documents in the Vietnamese administrative layout (Decree 30/2020/NĐ-CP), reports,
 * tables and charts. Word templates are read from {@code ddci.templates-dir}
 * ({@code DDCI_TEMPLATE_DIR}), so administrators can replace them without rebuilding.
 * Numbers and dates read as {@link vn.ddcihub.shared.VietnameseFormat} writes them, in
 * every format.
 */
@Component
public class DocumentRenderers {

	private final DocxRenderer docx;

	private final PdfRenderer pdf = new PdfRenderer();

	private final XlsxRenderer xlsx = new XlsxRenderer();

	private final ChartRenderer charts = new ChartRenderer();

	public DocumentRenderers(@Value("${ddci.templates-dir:}") String templateDirectory) {
		this.docx = new DocxRenderer(
				templateDirectory == null || templateDirectory.isBlank() ? null : Path.of(templateDirectory));
	}

	public byte[] docx(AdministrativeDocument document) {
		return docx.render(document);
	}

	public byte[] docx(AdministrativeDocument document, String templateName) {
		return docx.render(document, templateName);
	}

	/** Tables only (annexes), each on pages of its own orientation. */
	public byte[] docxTables(List<TableContent> tables) {
		return docx.renderTables(tables);
	}

	public byte[] docxStarterTemplate() {
		return docx.starterTemplate();
	}

	public byte[] pdf(AdministrativeDocument document) {
		return pdf.render(document);
	}

	/**
	 * Administrative documents printed together (one letter per business), each from a
	 * new page.
	 */
	public byte[] pdf(List<AdministrativeDocument> documents) {
		return pdf.render(documents);
	}

	/** A report (title, note, tables and charts) on landscape pages. */
	public byte[] pdf(Report report) {
		return pdf.render(report);
	}

	public byte[] xlsx(List<TableContent> tables) {
		return xlsx.render(tables);
	}

	public byte[] radarPng(RadarChart chart, int width, int height) {
		return charts.radar(chart, width, height);
	}

	public byte[] barPng(BarChart chart, int width, int height) {
		return charts.bar(chart, width, height);
	}

}
