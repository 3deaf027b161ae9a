package vn.ddcihub.documents.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Liberation Serif family (metric-compatible with Times New Roman, SIL OFL) bundled
 * in the jar under {@code /fonts}, so Vietnamese diacritics render the same on every
 * machine. Read once per JVM: PDFs and charts share the cached faces.
 */
public final class BundledFonts {

	/**
	 * The family Word documents name; PDFs and charts embed the bundled metric-compatible
	 * faces.
	 */
	public static final String FAMILY = "Times New Roman";

	/**
	 * Height of one line at single spacing, in ems (ascent + descent + gap of the serif).
	 */
	public static final double SINGLE_LINE = 1.15;

	public enum Face {

		REGULAR("LiberationSerif-Regular.ttf"), BOLD("LiberationSerif-Bold.ttf"), ITALIC("LiberationSerif-Italic.ttf"),
		BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

		public final String file;

		Face(String file) {
			this.file = file;
		}

		public static Face of(boolean bold, boolean italic) {
			if (bold) {
				return italic ? BOLD_ITALIC : BOLD;
			}
			return italic ? ITALIC : REGULAR;
		}

	}

	private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);

	private static final Map<Face, Font> AWT = new EnumMap<>(Face.class);

	private BundledFonts() {
	}

	/** The TrueType bytes of one face. */
	public static synchronized byte[] bytes(Face face) {
		return BYTES.computeIfAbsent(face, BundledFonts::load);
	}

	/** A Java2D font of one face at the given size in points. */
	public static synchronized Font awt(Face face, float size) {
		Font base = AWT.computeIfAbsent(face, f -> {
			try {
				return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(f)));
			}
			catch (FontFormatException | IOException e) {
				throw new IllegalStateException("cannot read bundled font " + f.file, e);
			}
		});
		return base.deriveFont(size);
	}

	private static byte[] load(Face face) {
		try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + face.file)) {
			if (in == null) {
				throw new IllegalStateException("bundled font missing: /fonts/" + face.file);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
