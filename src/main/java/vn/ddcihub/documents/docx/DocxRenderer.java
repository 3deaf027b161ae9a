package vn.ddcihub.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.documents.layout.AdministrativeLayout;
import vn.ddcihub.documents.layout.BundledFonts;
import vn.ddcihub.documents.layout.Fields;

/**
 * Word (DOCX) output of an {@link AdministrativeDocument} in the Decree 30/2020/NĐ-CP
 * layout.
 *
 * <p>
 * A template named {@code name} is looked up first in the template directory given to the
 * constructor (administrators replace templates there without rebuilding), then on the
 * class path under {@code /documents/templates/}; when neither exists the layout is
 * generated. See {@code docs/documents.md} for the placeholders.
 */
public final class DocxRenderer {

	/** Template file name used by {@link #render(AdministrativeDocument)}. */
	public static final String DEFAULT_TEMPLATE = "van-ban-hanh-chinh.docx";

	private static final String CLASSPATH_TEMPLATES = "/documents/templates/";

	private final Path templateDirectory;

	/**
	 * @param templateDirectory directory of administrator templates; may be null or
	 * missing
	 */
	public DocxRenderer(Path templateDirectory) {
		this.templateDirectory = templateDirectory;
	}

	/** Renders with the default template (or the generated layout when there is none). */
	public byte[] render(AdministrativeDocument document) {
		return render(document, DEFAULT_TEMPLATE);
	}

	/**
	 * Renders with the named template, e.g. "ke-hoach.docx", falling back as described
	 * above.
	 */
	public byte[] render(AdministrativeDocument document, String templateName) {
		byte[] template = findTemplate(templateName);
		try (XWPFDocument word = template == null ? generated(document) : fromTemplate(template, document)) {
			word.getProperties().getCoreProperties().setTitle((document.kind() + " " + document.subtitle()).strip());
			return bytes(word);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A document holding only tables (e.g. annexes exported alone), each with its
	 * orientation.
	 */
	public byte[] renderTables(List<TableContent> tables) {
		try (XWPFDocument word = newDocument()) {
			DocxFlow flow = DocxFlow.generated(word, AdministrativeLayout.PAGE);
			new DocxPainter(flow).paint(AdministrativeLayout.annexes(tables, false));
			flow.finish();
			return bytes(word);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The generated layout with placeholders instead of values: a starting point for
	 * administrators who want to write their own template.
	 */
	public byte[] starterTemplate() {
		Fields placeholders = Fields.placeholders();
		try (XWPFDocument word = newDocument()) {
			DocxFlow flow = DocxFlow.generated(word, AdministrativeLayout.PAGE);
			DocxPainter painter = new DocxPainter(flow);
			painter.paint(AdministrativeLayout.header(placeholders));
			painter.paint(AdministrativeLayout.title(placeholders));
			painter.paint(List.of(AdministrativeLayout.bodyPlaceholder()));
			painter.paint(AdministrativeLayout.closing(placeholders));
			flow.finish();
			return bytes(word);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static XWPFDocument generated(AdministrativeDocument document) {
		XWPFDocument word = newDocument();
		DocxFlow flow = DocxFlow.generated(word, AdministrativeLayout.PAGE);
		new DocxPainter(flow).paint(AdministrativeLayout.document(document));
		flow.finish();
		return word;
	}

	/**
	 * The template's own header and closing, filled; the body at {{noi_dung}}; annexes at
	 * the end.
	 */
	private static XWPFDocument fromTemplate(byte[] template, AdministrativeDocument document) throws IOException {
		XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(template));
		XWPFParagraph anchor = DocxTemplate.bodyAnchor(word);
		DocxFlow flow = DocxFlow.template(word, anchor, AdministrativeLayout.PAGE);
		DocxPainter painter = new DocxPainter(flow);
		if (anchor != null) {
			painter.paint(AdministrativeLayout.body(document));
			word.removeBodyElement(word.getPosOfParagraph(anchor));
		}
		DocxTemplate.fill(word, Fields.of(document).byPlaceholder());
		flow.toEnd();
		painter.paint(AdministrativeLayout.annexes(document.annexes(), true));
		flow.finish();
		return word;
	}

	private byte[] findTemplate(String name) {
		if (name == null || !name.matches("[\\w.-]+\\.docx") || name.contains("..")) {
			throw new IllegalArgumentException("template name must be a plain .docx file name: " + name);
		}
		try {
			if (templateDirectory != null) {
				Path file = templateDirectory.resolve(name);
				if (Files.isRegularFile(file)) {
					return Files.readAllBytes(file);
				}
			}
			try (InputStream in = DocxRenderer.class.getResourceAsStream(CLASSPATH_TEMPLATES + name)) {
				return in == null ? null : in.readAllBytes();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read template " + name, e);
		}
	}

	private static XWPFDocument newDocument() {
		XWPFDocument word = new XWPFDocument();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(BundledFonts.FAMILY);
		fonts.setHAnsi(BundledFonts.FAMILY);
		fonts.setCs(BundledFonts.FAMILY);
		fonts.setEastAsia(BundledFonts.FAMILY);
		XWPFStyles styles = word.createStyles();
		styles.setDefaultFonts(fonts);
		styles.addStyle(new XWPFStyle(normalStyle()));
		return word;
	}

	/**
	 * The Normal style in the body's font and size, so that text a clerk types later in
	 * Word matches the generated paragraphs.
	 */
	private static CTStyle normalStyle() {
		String size = Long.toString(Math.round(AdministrativeLayout.BODY.text().size() * 2));
		String family = BundledFonts.FAMILY;
		try {
			// The fragment's own element is the style, not a wrapper around it.
			XmlOptions options = new XmlOptions().setLoadReplaceDocumentElement(null);
			return CTStyle.Factory.parse("""
					<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
					    w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
					  <w:rPr><w:rFonts w:ascii="%1$s" w:hAnsi="%1$s" w:cs="%1$s" w:eastAsia="%1$s"/>
					    <w:sz w:val="%2$s"/><w:szCs w:val="%2$s"/></w:rPr></w:style>""".formatted(family, size),
					options);
		}
		catch (XmlException e) {
			throw new IllegalStateException("Normal style does not parse", e);
		}
	}

	private static byte[] bytes(XWPFDocument word) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		word.write(out);
		return out.toByteArray();
	}

}
