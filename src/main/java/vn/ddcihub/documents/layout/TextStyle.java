package vn.ddcihub.documents.layout;

/**
 * How a run of text looks: size in points, weight, slant, underline and colour. The
 * family is always the bundled serif ({@link BundledFonts}).
 *
 * @param colour "rrggbb", or null for black
 */
public record TextStyle(double size, boolean bold, boolean italic, boolean underline, String colour) {

	public TextStyle {
		if (size <= 0) {
			throw new IllegalArgumentException("size must be positive");
		}
		if (colour != null && !colour.matches("[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("colour must be rrggbb: " + colour);
		}
	}

	public static TextStyle plain(double size) {
		return new TextStyle(size, false, false, false, null);
	}

	public static TextStyle bold(double size) {
		return new TextStyle(size, true, false, false, null);
	}

	public static TextStyle italic(double size) {
		return new TextStyle(size, false, true, false, null);
	}

	public static TextStyle boldItalic(double size) {
		return new TextStyle(size, true, true, false, null);
	}

	public TextStyle underlined() {
		return new TextStyle(size, bold, italic, true, colour);
	}

	public TextStyle coloured(String rrggbb) {
		return new TextStyle(size, bold, italic, underline, rrggbb);
	}
}
