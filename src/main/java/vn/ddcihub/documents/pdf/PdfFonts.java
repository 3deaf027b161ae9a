package vn.ddcihub.documents.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import vn.ddcihub.documents.layout.BundledFonts;
import vn.ddcihub.documents.layout.TextStyle;

/**
 * Embedded Identity-H PDF fonts made from the bundled Liberation Serif faces, created
 * once per JVM and shared by every PDF.
 */
final class PdfFonts {

	private static final Map<BundledFonts.Face, BaseFont> BASE = new EnumMap<>(BundledFonts.Face.class);

	private PdfFonts() {
	}

	static Font font(TextStyle style) {
		Color colour = style.colour() == null ? Color.BLACK : Color.decode("#" + style.colour());
		return new Font(base(BundledFonts.Face.of(style.bold(), style.italic())), (float) style.size(),
				style.underline() ? Font.UNDERLINE : Font.NORMAL, colour);
	}

	static synchronized BaseFont base(BundledFonts.Face face) {
		return BASE.computeIfAbsent(face, f -> {
			try {
				return BaseFont.createFont(f.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BundledFonts.bytes(f),
						null);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

}
