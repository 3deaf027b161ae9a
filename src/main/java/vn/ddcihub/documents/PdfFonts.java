package vn.ddcihub.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** Embedded Identity-H PDF fonts made from the bundled Liberation Serif faces. */
final class PdfFonts {

    private static final Map<BundledFonts.Face, BaseFont> BASE = new EnumMap<>(BundledFonts.Face.class);

    private PdfFonts() {
    }

    static Font plain(float size) {
        return font(false, false, size);
    }

    static Font bold(float size) {
        return font(true, false, size);
    }

    static Font italic(float size) {
        return font(false, true, size);
    }

    static Font boldItalic(float size) {
        return font(true, true, size);
    }

    static Font font(boolean bold, boolean italic, float size) {
        return new Font(base(BundledFonts.Face.of(bold, italic)), size, Font.NORMAL);
    }

    static Font underlined(Font font) {
        return new Font(font.getBaseFont(), font.getSize(), Font.UNDERLINE);
    }

    static synchronized BaseFont base(BundledFonts.Face face) {
        return BASE.computeIfAbsent(face, f -> {
            try {
                return BaseFont.createFont(f.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        BundledFonts.bytes(f), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
