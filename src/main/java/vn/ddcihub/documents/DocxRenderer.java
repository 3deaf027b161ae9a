package vn.ddcihub.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/**
 * Renders an {@link AdministrativeDocument} to Word (DOCX) in the Decree 30/2020/NĐ-CP layout.
 *
 * <p>A template named {@code name} is looked up first in the template directory given to the
 * constructor (administrators replace templates there without rebuilding), then on the class
 * path under {@code /documents/templates/}; when neither exists the layout is generated in code.
 * See {@code documents/templates/README.md} for the placeholders.
 */
public final class DocxRenderer {

    /** Template file name used by {@link #render(AdministrativeDocument)}. */
    public static final String DEFAULT_TEMPLATE = "van-ban-hanh-chinh.docx";

    private static final String CLASSPATH_TEMPLATES = "/documents/templates/";

    private final Path templateDirectory;

    /** Without a template directory: class path templates or the generated layout. */
    public DocxRenderer() {
        this(null);
    }

    /** @param templateDirectory directory of administrator templates; may be null or missing */
    public DocxRenderer(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
    }

    /** Renders with the default template (or the generated layout when there is none). */
    public byte[] render(AdministrativeDocument document) {
        return render(document, DEFAULT_TEMPLATE);
    }

    /** Renders with the named template, e.g. "ke-hoach.docx", falling back as described above. */
    public byte[] render(AdministrativeDocument document, String templateName) {
        byte[] template = findTemplate(templateName);
        try (XWPFDocument word = template == null ? generated(document) : fromTemplate(template, document)) {
            word.getProperties().getCoreProperties().setTitle(
                    (document.kind() + " " + document.subtitle()).strip());
            return bytes(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document holding only tables (e.g. annexes exported alone), each with its orientation. */
    public byte[] renderTables(List<TableContent> tables) {
        try (XWPFDocument word = newDocument()) {
            DocxFlow flow = DocxFlow.append(word);
            for (int i = 0; i < tables.size(); i++) {
                DocxBlocks.annex(flow, tables.get(i), i > 0);
            }
            flow.finish();
            return bytes(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The generated layout with placeholders instead of values: a starting point for
     * administrators who want to write their own template.
     */
    public byte[] starterTemplate() {
        DocxLayout.Parts parts = new DocxLayout.Parts("{{co_quan_chu_quan}}", "{{co_quan_ban_hanh}}",
                "Số: {{so_ky_hieu}}", "{{dia_danh_ngay}}", "{{tieu_de}}", "{{trich_yeu}}", "{{noi_nhan}}",
                "{{quyen_han_ky}}", "{{chuc_vu_ky}}", "{{nguoi_ky}}");
        try (XWPFDocument word = newDocument()) {
            DocxFlow flow = DocxFlow.append(word);
            DocxLayout.header(flow, parts);
            DocxLayout.title(flow, parts);
            DocxBlocks.write(flow, Block.paragraph("{{" + DocxTemplate.BODY + "}}"));
            DocxLayout.closing(flow, parts);
            flow.finish();
            return bytes(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFDocument generated(AdministrativeDocument document) {
        XWPFDocument word = newDocument();
        DocxLayout.Parts parts = DocxLayout.parts(document);
        DocxFlow flow = DocxFlow.append(word);
        DocxLayout.header(flow, parts);
        DocxLayout.title(flow, parts);
        content(flow, document);
        DocxLayout.closing(flow, parts);
        annexes(flow, document);
        flow.finish();
        return word;
    }

    private XWPFDocument fromTemplate(byte[] template, AdministrativeDocument document) throws IOException {
        XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(template));
        XWPFParagraph anchor = DocxTemplate.bodyAnchor(word);
        if (anchor != null) {
            DocxFlow flow = DocxFlow.before(word, anchor);
            content(flow, document);
            word.removeBodyElement(word.getPosOfParagraph(anchor));
        }
        Map<String, String> values = DocxTemplate.values(DocxLayout.parts(document), document.numberSymbol());
        DocxTemplate.fill(word, values);
        DocxFlow tail = DocxFlow.append(word);
        annexes(tail, document);
        tail.finishKeepingTemplatePage();
        return word;
    }

    private static void content(DocxFlow flow, AdministrativeDocument document) {
        for (String paragraph : document.preamble()) {
            DocxBlocks.write(flow, Block.paragraph(paragraph));
        }
        DocxBlocks.write(flow, document.body());
        flow.orientation(false);
    }

    private static void annexes(DocxFlow flow, AdministrativeDocument document) {
        for (TableContent annex : document.annexes()) {
            DocxBlocks.annex(flow, annex, true);
        }
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    private static XWPFDocument newDocument() {
        XWPFDocument word = new XWPFDocument();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(DocxText.FONT);
        fonts.setHAnsi(DocxText.FONT);
        fonts.setCs(DocxText.FONT);
        fonts.setEastAsia(DocxText.FONT);
        word.createStyles().setDefaultFonts(fonts);
        return word;
    }

    private static byte[] bytes(XWPFDocument word) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        word.write(out);
        return out.toByteArray();
    }
}
